defprotocol Shape do
  @doc "area"
  def area(s)
  @fallback_to_any true
  def name(s)
end

defprotocol Describable do
  @fallback_to_any true
  def describe(x)
end

defimpl Describable, for: Any do
  def describe(x), do: "thing: #{inspect(x)}"
end

defmodule Circle do
  @derive [Describable]
  defstruct r: 1
end
defmodule Rect do
  @derive {Inspect, only: [:w]}
  defstruct w: 1, h: 2
end
defmodule Tri do
  defstruct [:a, :b, :c]
end

defimpl Shape, for: Circle do
  def area(%{r: r}), do: :math.pi() * r * r
  def name(_), do: "circle"
end
defimpl Shape, for: Rect do
  def area(%{w: w, h: h}), do: w * h
  def name(_), do: "rect"
end
defimpl Shape, for: Any do
  def area(_), do: 0
  def name(x), do: "unknown #{inspect(x.__struct__)}"
end
defimpl Shape, for: [Integer, Float] do
  def area(n), do: n * n
  def name(n), do: "square of #{n}"
end

defimpl Describable, for: List do
  def describe(l), do: "list of #{length(l)}"
end

defmodule Main do
  def run do
    shapes = [%Circle{r: 2}, %Rect{w: 3, h: 4}, 5, 1.5]
    for s <- shapes do
      IO.puts("#{Shape.name(s)}: #{Float.round(Shape.area(s) * 1.0, 3)}")
    end
    IO.inspect(%Rect{w: 9, h: 10})
    IO.inspect(Describable.describe(%Circle{}))
    IO.inspect(Describable.describe([1, 2]))
    IO.inspect(Describable.describe(%{a: 1}))
    IO.inspect(Shape.impl_for(%Tri{}))
    IO.inspect(Shape.impl_for(:atom))
    IO.inspect(Shape.__protocol__(:functions))
    IO.inspect(Describable.__protocol__(:consolidated?))
    IO.inspect(Shape.Circle.__impl__(:for))
    IO.inspect(Enumerable.impl_for([]))
    try do
      Shape.area(%Tri{})
    rescue
      e -> IO.inspect(e)
    end
    Shape.area("str")
  end
end
Main.run()
