defprotocol Shape do
  @doc "area of a shape"
  def area(shape)
  def name(shape)
end
defmodule Circle do
  defstruct r: 1.0
end
defmodule Rect do
  defstruct w: 1, h: 1
end
defimpl Shape, for: Circle do
  def area(%{r: r}), do: Float.round(:math.pi() * r * r, 3)
  def name(_), do: "circle"
end
defimpl Shape, for: Rect do
  def area(%{w: w, h: h}), do: w * h
  def name(_), do: "rect"
end
defimpl Shape, for: Map do
  def area(_), do: 0
  def name(m), do: "map with #{map_size(m)} keys"
end
defmodule Main do
  def run do
    shapes = [%Circle{r: 2.0}, %Rect{w: 3, h: 4}, %{a: 1}]
    for s <- shapes, do: IO.puts("#{Shape.name(s)}: #{Shape.area(s)}")
    IO.inspect Shape.impl_for(%Rect{})
    IO.inspect Shape.impl_for(:atom)
    try do
      Shape.area(:atom)
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end
    IO.inspect %Rect{} |> Map.from_struct()
    IO.inspect struct(Rect, w: 10)
    IO.inspect struct!(Circle, r: 5)
    IO.inspect %{%Rect{} | h: 9}
    IO.inspect match?(%Rect{}, %Rect{w: 2})
    IO.inspect is_struct(%Circle{}, Circle)
    IO.inspect Enum.map(shapes, &Shape.impl_for/1)
  end
end
Main.run()
