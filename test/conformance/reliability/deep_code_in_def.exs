# Code nested 1,500 deep inside a def compiles and runs as on Elixir (beamlet's compiler passes
# stopped near 1,300 levels there: "expression too deeply nested"); 5,000 levels, where Elixir
# takes minutes: test/compiler/deep_code.test.ts
defmodule Deep do
  def nest(open, inner, close, n \\ 1_500), do: String.duplicate(open, n) <> inner <> String.duplicate(close, n)
  def chain(op, n \\ 1_500), do: Enum.map_join(1..n, op, fn _ -> "x" end)
  def run(name, body) do
    [{mod, _}] = Code.compile_string("defmodule #{name} do\n  def id(x), do: x\n  def run(x) do\n    #{body}\n  end\nend")
    mod.run(1)
  end
end

IO.inspect(Deep.run(DeepIf, Deep.nest("if x > 0 do ", "x + 1", " else :no end")))
IO.inspect(Deep.run(DeepCall, Deep.nest("id(", "x", ")")))
IO.inspect(Deep.run(DeepList, "length(List.flatten(" <> Deep.nest("[", "x", "]") <> "))"))
IO.inspect(Deep.run(DeepTuple, "elem(" <> Deep.nest("{", "x", "}") <> ", 0) |> elem(0) |> is_tuple()"))
IO.inspect(Deep.run(DeepSum, Deep.chain(" + ")))
IO.inspect(Deep.run(DeepFloatSum, Deep.chain(" + ") <> " + 0.5"))
