# "variable x does not exist and is being expanded to x()" is told as the expansion meets it:
# after the clauses before, before the unused variables of its own clause
defmodule M do
  def x, do: 1

  def f(unused) do
    z = 1
    x
  end

  def g do
    [x, unused2 = 3]
  end

  defp y, do: 2
  def h(a), do: {a, x, x}
end
IO.puts(M.f(1))
