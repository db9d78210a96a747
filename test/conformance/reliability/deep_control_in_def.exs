# cond, with, case, for, `and` and pipe chains nested 1,000 deep inside a def compile and run as on
# Elixir (beamlet's compiler compiled their bodies on the JS stack and stopped near 500-1,300
# levels); try and receive, where Elixir takes minutes, and 5,000 levels:
# test/compiler/deep_code.test.ts
defmodule Deep do
  def nest(open, inner, close, n \\ 1_000), do: String.duplicate(open, n) <> inner <> String.duplicate(close, n)
  def run(name, body) do
    [{mod, _}] = Code.compile_string("defmodule #{name} do\n  def id(x), do: x\n  def run(x) do\n    #{body}\n  end\nend")
    mod.run(1)
  end
end

IO.inspect(Deep.run(DeepCond, Deep.nest("cond do x > 5 -> :no; true -> ", "x + 1", " end")))
IO.inspect(Deep.run(DeepWith, Deep.nest("with {:ok, x} <- {:ok, x + 1} do ", "x", " end")))
IO.inspect(Deep.run(DeepCase, Deep.nest("case x do 2 -> :no; _ -> ", "x + 1", " end")))
IO.inspect(Deep.run(DeepFor, "List.flatten(" <> Deep.nest("for y <- [x] do ", "y + 1", " end") <> ")"))
IO.inspect(Deep.run(DeepAnd, Enum.map_join(1..1_000, " and ", &"x < #{&1 + 1}")))
IO.inspect(Deep.run(DeepPipe, "x" <> String.duplicate(" |> id()", 1_000)))
