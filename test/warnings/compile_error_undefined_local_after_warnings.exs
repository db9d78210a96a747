# an undefined local function is found once every definition of the module is expanded: the
# warnings of all of them come before the CompileError (of a nested module: after those of the
# outer module's definitions before it)
defmodule BeforeErrorFine do
  def a(x) do
    y = 1
    x
  end
end
defmodule BeforeError do
  def a(x) do
    y = %{a: 1, a: 2}
    x
  end
  defmodule Inner do
    def i(q), do: 1
    def j, do: nope(1)
    def k(w), do: 2
  end
  def b(u), do: 1
end
