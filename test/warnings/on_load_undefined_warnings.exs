# @on_load naming no function is refused once the body has run (its own unused variables are
# told) and before the locals check (no unused private function) and the behaviours'
defmodule B do
  @callback x() :: any
end

defmodule A do
  @behaviour B
  @on_load :nope
  x = 1
  @unused_attr 1
  def f(x) when is_integer(x) and is_atom(x), do: x
  def f(_), do: 1
  def f(2), do: 3
  defp unused(y), do: 1
end
