defmodule Safe do
  def risky(n) do
    if n > 2, do: raise(ArgumentError, "too big: #{n}"), else: n
  end

  def wrapped(n) do
    try do
      risky(n)
    rescue
      e in ArgumentError ->
        IO.puts("logging: " <> Exception.message(e))
        reraise e, __STACKTRACE__
    end
  end

  def implicit(n) do
    risky(n) * 10
  rescue
    e -> {:rescued, Exception.message(e)}
  after
    IO.puts("implicit after #{n}")
  end

  def with_else(v) do
    try do
      v
    else
      {:ok, x} -> x
      :error -> :was_error
    end
  end
end

IO.inspect(Safe.wrapped(1))
try do
  Safe.wrapped(5)
rescue
  e -> IO.puts("outer caught: " <> Exception.message(e))
end
IO.inspect(Safe.implicit(1))
IO.inspect(Safe.implicit(9))
IO.inspect(Safe.with_else({:ok, 3}))
IO.inspect(Safe.with_else(:error))
try do
  Safe.with_else(:other)
rescue
  e in TryClauseError -> IO.puts(Exception.message(e))
end
r = try do
  try do
    throw(:inner)
  after
    IO.puts("inner after")
  end
catch
  :inner -> :caught_outer
end
IO.inspect(r)
try do
  raise RuntimeError
rescue
  e -> IO.inspect(Exception.message(e))
end
