# Patterns, blocks and match chains nested 10,000 deep compile and run as on Elixir (beamlet's
# compiler stopped near 2,000 levels with "expression too deeply nested")
defmodule Deep do
  def nest(open, inner, close, n \\ 10_000), do: String.duplicate(open, n) <> inner <> String.duplicate(close, n)
  def run(code, binding \\ [x: 1]) do
    {value, _} = Code.eval_string(code, binding)
    value
  end
end

IO.inspect(Deep.run(Deep.nest("[", "y", "]") <> " = " <> Deep.nest("[", "x", "]") <> "; y"))
IO.inspect(Deep.run(Deep.nest("{", "y", "}") <> " = " <> Deep.nest("{", "x", "}") <> "; y"))
IO.inspect(Deep.run(Deep.nest("%{a: ", "y", "}") <> " = " <> Deep.nest("%{a: ", "x", "}") <> "; y"))
# a variable bound deep inside and compared further out, left to right
IO.inspect(Deep.run("{" <> Deep.nest("[", "y", "]") <> ", y} = {" <> Deep.nest("[", "x", "]") <> ", 1}; y"))
IO.inspect(Deep.run("match?({" <> Deep.nest("[", "y", "]") <> ", y}, {" <> Deep.nest("[", "x", "]") <> ", 2})"))
IO.inspect(Deep.run("(fn " <> Deep.nest("{", "y", "}") <> " -> y + 1 end).(" <> Deep.nest("{", "x", "}") <> ")"))
IO.inspect(Deep.run("case " <> Deep.nest("[", "x", "]") <> " do " <> Deep.nest("[", "2", "]") <> " -> :no; " <> Deep.nest("[", "y", "]") <> " -> y end"))
IO.inspect(Deep.run(Enum.map_join(1..3_000, " = ", &"a#{&1}") <> " = x + 1; {a1, a3000}"))
IO.inspect(Deep.run(Deep.nest("(x; ", "x + 1", ")")))
IO.inspect(Deep.run(Deep.nest("(y = x; ", "y", ")")))
# the names an evaluated match binds: a segment's type is no variable
IO.inspect(Code.eval_string("<<_, a::binary>> = \"ab\"; a"))
IO.inspect(Deep.run("<<n::size(8), b::binary-size(n)>> = <<2, \"xy\">>; b"))
