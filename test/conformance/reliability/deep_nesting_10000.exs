# Code nested 10,000 deep compiles and runs as on Elixir (beamlet's compiler used to stop near
# 2,000-deep lists and 1,000-deep calls): lists, tuples, maps, calls, operators, elem, fns, pipes
defmodule Deep do
  def nest(open, inner, close, n \\ 10_000), do: String.duplicate(open, n) <> inner <> String.duplicate(close, n)
  def run(code, binding \\ [x: 1]) do
    {value, _} = Code.eval_string(code, binding)
    value
  end
  def depth([x]), do: 1 + depth(x)
  def depth({x}), do: 1 + depth(x)
  def depth(%{a: x}), do: 1 + depth(x)
  def depth(_), do: 0
end

IO.inspect(Deep.depth(Deep.run(Deep.nest("[", "x", "]"))))
IO.inspect(Deep.depth(Deep.run(Deep.nest("[", "1", "]"))))
IO.inspect(Deep.depth(Deep.run(Deep.nest("{", "x", "}"))))
IO.inspect(Deep.depth(Deep.run(Deep.nest("%{a: ", "x", "}"))))
IO.inspect(Deep.run(Deep.nest("Integer.to_string(String.to_integer(", "\"7\"", "))")))
IO.inspect(Deep.run(Deep.nest("x + (", "1", ")")))
IO.inspect(Deep.run(Deep.nest("abs(-(", "x", "))")))
IO.inspect(Deep.run(Deep.nest("elem({", "x", "}, 0)")))
IO.inspect(Deep.run(Deep.nest("(fn y -> y end).(", "x", ")")))
IO.inspect(Deep.run("x" <> String.duplicate(" |> Kernel.+(1)", 1_000)))
f = Deep.run(Deep.nest("fn -> ", "x", " end"))
IO.inspect(Enum.reduce(1..10_000, f, fn _, g -> g.() end))
