defmodule A do
  def f(x) do
    case x do
      y when is_atom(y) and foo(y) -> 1
    end
  end
  def foo(x), do: x
end
