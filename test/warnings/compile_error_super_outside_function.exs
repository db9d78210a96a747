# super in a module body, outside any function
defmodule Shape do
  def f(x), do: x
  defoverridable f: 1
  super(1)
end
