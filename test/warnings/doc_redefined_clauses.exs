defmodule Shapes do
  @doc "Area of a square"
  def area({:square, s}), do: s * s

  @doc "Area of a circle"
  def area({:circle, r}), do: 3.14 * r * r

  @doc false
  def area(_), do: 0

  def perimeter({:square, s}), do: 4 * s
  @doc "perimeter of circles"
  def perimeter({:circle, r}), do: 2 * 3.14 * r
  @doc "Perimeter of other shapes"
  def perimeter(_), do: 0

  @doc "head docs"
  def volume(shape)
  @doc "override in head"
  def volume(shape)
  def volume(_), do: 0

  @doc "macro doc"
  defmacro m(1), do: 1
  @doc "again"
  defmacro m(2), do: 2
end
IO.puts Shapes.area({:square, 2})
