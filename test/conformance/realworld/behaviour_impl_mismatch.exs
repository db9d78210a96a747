defmodule Shape do
  @callback area(term) :: number
  @callback name() :: String.t()
end
defmodule Sq do
  @behaviour Shape
  @impl true
  def area(s), do: s * s
  @impl Shape
  def perimeter(s), do: 4 * s
end
IO.inspect(Sq.area(3))
