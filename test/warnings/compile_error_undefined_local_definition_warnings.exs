# before an undefined local function's CompileError: the definitions' warnings (clauses not
# grouped, @doc on a private function, defaults in several clauses, ...) and the unused private
# functions, but not the unused attributes (checked after)
defmodule DefinitionWarningsBeforeError do
  def a(1), do: 1
  def b, do: 2
  def a(2), do: 2
  @doc "x"
  defp p, do: 1
  def g(a, b \\ 1) when a > 1, do: b
  def g(a, b), do: {a, b}
  def h({_q, _q}), do: 1
  def i(x) do
    "lit"
    x
  end
  def j, do: nope()
  @attr 1
end
