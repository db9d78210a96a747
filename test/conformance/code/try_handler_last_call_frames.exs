# A call that is the last thing a try's catch, rescue or else clause does, with the try last in its
# function (and no after), is a last call: it leaves no frame in the stack trace
defmodule Retry do
  def by_throw(n) do
    try do
      if n == 0, do: raise("gave up"), else: throw(:again)
    catch
      :throw, :again -> by_throw(n - 1)
    end
  end

  def by_rescue(n) do
    try do
      if n == 0, do: raise("no more"), else: raise(ArgumentError)
    rescue
      ArgumentError -> by_rescue(n - 1)
    end
  end

  def by_else(n) do
    try do
      n
    catch
      _ -> :never
    else
      0 -> raise "bottom"
      m -> by_else(m - 1)
    end
  end

  # not last: the after runs once the call returns, so each call keeps its frame
  def with_after(n) do
    try do
      if n == 0, do: raise("after"), else: throw(:again)
    catch
      :again -> with_after(n - 1)
    after
      :ok
    end
  end

  # not last: the result is used
  def not_last(n) do
    r =
      try do
        if n == 0, do: raise("used"), else: throw(:again)
      catch
        :again -> not_last(n - 1)
      end
    r
  end

  def own_frames(fun) do
    try do
      fun.()
    rescue
      e -> {e.message, for({Retry, f, a, loc} <- __STACKTRACE__, do: {f, a, loc[:line]})}
    end
  end

  def run do
    for f <- [:by_throw, :by_rescue, :by_else, :with_after, :not_last] do
      IO.inspect(own_frames(fn -> apply(Retry, f, [3]) end), label: Atom.to_string(f))
    end
    IO.inspect(by_throw_count(200_000))
  end

  def by_throw_count(n) do
    try do
      if n == 0, do: :done, else: throw(:again)
    catch
      :again -> by_throw_count(n - 1)
    end
  end
end

Retry.run()
