# Match chains, case and quote nested 2,500-4,000 deep compile and run as on Elixir (beamlet's
# parser stopped case and `a = b = ...` near 2,000 levels, its compiler quote near 3,000); if,
# interpolation and 10,000 levels: test/compiler/deep_code.test.ts (Elixir takes minutes there)
defmodule Deep do
  def nest(open, inner, close, n \\ 2_500), do: String.duplicate(open, n) <> inner <> String.duplicate(close, n)
  def run(code, binding \\ [x: 1]) do
    {value, _} = Code.eval_string(code, binding)
    value
  end
  def depth([x]), do: 1 + depth(x)
  def depth({:f, _, [x]}), do: 1 + depth(x)
  def depth(_), do: 0
end

IO.inspect(Deep.run(Enum.map_join(1..2_500, " = ", &"a#{&1}") <> " = x + 1; {a1, a1000, a2500}"))
IO.inspect(Deep.run(Deep.nest("case x do 2 -> :no; _ -> ", "x + 1", " end")))
IO.inspect(Deep.run(Deep.nest("case x do\n  y when y > 0 -> ", "y", "\nend")))
IO.inspect(Deep.depth(Deep.run("quote do: " <> Deep.nest("[", "x", "]", 4_000))))
IO.inspect(Deep.depth(Deep.run("quote do: " <> Deep.nest("f(", "x", ")", 4_000))))
IO.inspect(Deep.run("quote(do: " <> Deep.nest("{", "unquote(x)", "}", 3) <> ")"))
