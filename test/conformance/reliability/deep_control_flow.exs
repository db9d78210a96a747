# Match chains, case, if, quote and interpolation nested 2,000-4,000 deep (10,000 in test/compiler/deep_code.test.ts: Elixir takes minutes there) compile and run as on Elixir
# (beamlet's parser stopped case/if and `a = b = ...` near 2,000 levels, its compiler quote and
# interpolation near 3,000)
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
IO.inspect(Deep.run(Deep.nest("if x > 0 do ", "x + 2", " else :no end")))
IO.inspect(Deep.run(Deep.nest("unless x < 0 do ", ":yes", " else :no end")))
IO.inspect(Deep.depth(Deep.run("quote do: " <> Deep.nest("[", "x", "]", 4_000))))
IO.inspect(Deep.depth(Deep.run("quote do: " <> Deep.nest("f(", "x", ")", 4_000))))
IO.inspect(Deep.run("quote(do: " <> Deep.nest("{", "unquote(x)", "}", 3) <> ")"))
IO.inspect(Deep.run(Deep.nest("\"<\#{", "x", "}>\"", 2_000)) |> String.length())
IO.inspect(Deep.run(Deep.nest("\"\#{", "x", "}\"", 2_000)))
