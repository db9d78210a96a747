# Kernel.in/2 in a match (=, case, fn and def heads) expands as in a guard, as Elixir 1.14's:
# a right side that is no literal list or range raises its ArgumentError ('invalid right
# argument for operator "in" ...') under 'expanding macro: Kernel.in/2'; a literal list or range
# gives :erlang calls that no match may make (beamlet said 'undefined function in/2')
for code <- [
      "(a in b) = 1",
      "(1 in [x | y]) = 1",
      "case 1 do (a in b) -> a end",
      "fn (a in foo(1)) -> a end",
      "(a not in b) = 1",
      "(a in [1, 2]) = 1",
      "(a in 1..2) = 1",
      "defmodule InHead do\n  def f(x in y), do: x\nend"
    ] do
  try do
    Code.eval_string(code)
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
