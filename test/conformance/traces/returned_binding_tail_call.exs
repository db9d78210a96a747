# `x = f(); x` ends in a tail call of f on the BEAM (the compiler drops a binding that is only
# returned), also through copies and chains, in a case's branches and in fns: the frames of the
# functions that only returned a binding are gone from the stack trace
defmodule Parse do
  def field(s) do
    if s == "", do: raise(ArgumentError, "empty field"), else: String.upcase(s)
  end

  def by_case(kind, s) do
    value = case kind do
      :field -> field(s)
      _ -> :none
    end
    value
  end

  def by_if(s) do
    v = if is_binary(s), do: field(s), else: nil
    v
  end

  def copied(s) do
    first = field(s)
    second = first
    second
  end

  def chained(s) do
    a = b = field(s)
    a
  end

  def last_binding(s) do
    _ignored = field(s)
  end

  def through_fn(s) do
    f = fn x ->
      r = field(x)
      r
    end
    [f.(s)]
  end

  def kept(s) do
    r = field(s)
    {:ok, r}
  end
end

defmodule Main do
  def attempt(name, f) do
    try do
      f.()
    rescue
      e -> IO.inspect({name, Exception.message(e), Enum.map(__STACKTRACE__, fn {m, f, a, _} -> {m, f, a} end) |> Enum.take(2)})
    end
  end

  def run do
    IO.inspect(Parse.by_case(:field, "ok"))
    attempt(:by_case, fn -> Parse.by_case(:field, "") end)
    attempt(:by_if, fn -> Parse.by_if("") end)
    attempt(:copied, fn -> Parse.copied("") end)
    attempt(:chained, fn -> Parse.chained("") end)
    attempt(:last_binding, fn -> Parse.last_binding("") end)
    attempt(:through_fn, fn -> Parse.through_fn("") end)
    attempt(:kept, fn -> Parse.kept("") end)
    result = Parse.copied("")
    result
  end
end

Main.run()
