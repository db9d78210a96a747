# Code after a match that can never match (a pattern without variables) is dropped unseen by
# OTP's compiler: no "will fail" warnings there; after raise/1, or a pattern with a variable, it
# is still looked at
defmodule M do
  def a do
    IO.puts("a")
    :a = 5
    IO.inspect(1 / 0)
  end

  def b(y) do
    {:a} = {y, 1}
    IO.inspect(1 / 0)
  end

  def c(y) do
    [1, "s"] = [y, "t"]
    _ = elem({}, 1)
    :ok
  end

  def d do
    raise "x"
    IO.inspect(1 / 0)
  end

  def e do
    {x} = 5
    IO.inspect(x / 0)
  end

  def f(y) do
    if y do
      :a = :b
      IO.inspect(2 / 0)
    end

    IO.inspect(3 / 0)
  end
end

fun = fn ->
  1 = 2
  IO.inspect(4 / 0)
end

try do
  fun.()
rescue
  e -> IO.inspect(e)
end

:b = :c
IO.inspect(5 / 0)
