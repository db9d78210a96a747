defprotocol Shape do
  @doc "area"
  def area(shape)
  def perimeter(shape)
end

defprotocol Describe do
  @fallback_to_any true
  def describe(x)
end

defmodule Circle do
  defstruct r: 1.0
end

defmodule Rect do
  defstruct w: 1, h: 1
end

defmodule Polygon do
  @derive {Inspect, only: [:name, :sides]}
  defstruct name: "poly", sides: 3, points: [], secret: :hidden
end

defimpl Shape, for: Circle do
  def area(%{r: r}), do: :math.pi() * r * r
  def perimeter(%{r: r}), do: 2 * :math.pi() * r
end

defimpl Shape, for: Rect do
  def area(%{w: w, h: h}), do: w * h
  def perimeter(%{w: w, h: h}), do: 2 * (w + h)
end

defimpl Describe, for: Any do
  def describe(x), do: "a thing: #{inspect(x)}"
end

defimpl Describe, for: [Integer, Float] do
  def describe(n), do: "number #{n}"
end

defimpl Describe, for: List do
  def describe(l), do: "list of #{length(l)}"
end

defimpl String.Chars, for: Rect do
  def to_string(%{w: w, h: h}), do: "#{w}x#{h}"
end

defimpl Inspect, for: Circle do
  import Inspect.Algebra

  def inspect(%{r: r}, opts) do
    concat(["#Circle<", to_doc(r, opts), ">"])
  end
end

defmodule Money do
  defstruct [:amount, :currency]

  defimpl Inspect do
    def inspect(%Money{amount: a, currency: c}, _opts), do: "#Money<#{a} #{c}>"
  end

  defimpl String.Chars do
    def to_string(%Money{amount: a, currency: c}),
      do: :erlang.float_to_binary(a / 100, decimals: 2) <> " " <> Atom.to_string(c)
  end
end

# Structs defined in this file are used inside a function: a script's top level is
# expanded before its defmodules run.
defmodule Main do
  def run do
    shapes = [%Circle{r: 2.0}, %Rect{w: 3, h: 4}, %Circle{}, %Rect{w: 10, h: 0.5}]
    for s <- shapes do
      IO.puts("#{inspect(s)} area=#{Float.round(Shape.area(s) * 1.0, 3)} perim=#{Float.round(Shape.perimeter(s) * 1.0, 3)}")
    end

    IO.puts("rect: #{%Rect{w: 2, h: 5}}")
    IO.inspect(Enum.sort_by(shapes, &Shape.area/1) |> Enum.map(&inspect/1))
    IO.puts(Describe.describe(42))
    IO.puts(Describe.describe(2.5))
    IO.puts(Describe.describe([1, 2]))
    IO.puts(Describe.describe(%Rect{}))
    IO.puts(Describe.describe(:atom))
    IO.inspect(%Polygon{name: "tri", points: [{0, 0}, {1, 0}, {0, 1}]})
    IO.inspect(%Money{amount: 12345, currency: :EUR})
    IO.puts("price: #{%Money{amount: 999, currency: :USD}}")
    IO.inspect([%Money{amount: 1, currency: :GBP}, %Circle{r: 0.5}], label: "mixed")
    IO.inspect(Shape.impl_for(%Circle{}))
    IO.inspect(Shape.impl_for(%{}))
    IO.inspect(Describe.impl_for(%{}))
    IO.inspect(Shape.__protocol__(:functions))
    IO.inspect(Protocol.assert_impl!(Shape, Circle))

    try do
      Shape.area(%{r: 1})
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end

    try do
      "#{%Circle{}}"
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end

    IO.inspect(%Rect{w: 1} |> Map.put(:extra, 1))
    IO.inspect(struct(Rect, w: 9, zzz: 1))
    IO.inspect(struct!(Rect, %{h: 7}))
    try do
      struct!(Rect, zzz: 1)
    rescue
      e -> IO.inspect(e)
    end
    IO.inspect(match?(%Rect{}, %Rect{}))
    IO.inspect(is_struct(%Rect{}, Circle))
  end
end

Main.run()
