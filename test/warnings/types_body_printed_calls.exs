# The expressions of a body as Elixir 1.14's type checker prints them in its traces: calls,
# pipes expanded, interpolation, captures, :erlang BIFs by their Kernel names, rebinding, pins
defmodule T do
  def foo(x), do: x
  def a1(x, f) do
    y = {:a, inspect(x), String.upcase(x), foo(x), x + 1, length(x), x |> foo(), "s#{x}", [x | x], f.(x), &foo/1, :erlang.abs(x)}
    {:b} = y
  end
  def a2(x) do
    y = {x, :a}
    z = y
    {_, :b} = z
  end
  def a3(x) do
    IO.puts("hi")
    {a, b} = x
    {a, b, c} = x
  end
  def a4 do
    x = 1
    x = :a
    ^x = 2
  end
  def a5(x) do
    case x do
      {:a, y} -> ({:b} = {y}; :b = y)
      _ -> :ok
    end
  end
end
