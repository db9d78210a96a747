defmodule NoSuper2 do
  def g(x), do: x
  defoverridable g: 1
  def g(x), do: super(x, 1)
end
