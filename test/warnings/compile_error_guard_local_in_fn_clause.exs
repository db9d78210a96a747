defmodule A do
  def f(x) do
    fn y when is_atom(y) or foo(y) -> 1 end
  end
  def foo(x), do: x
end
