defprotocol Geometry do
  @doc "Area of a shape"
  def area(shape)
  def perimeter(shape)
end

defprotocol Describable do
  @fallback_to_any true
  def describe(term)
end

defimpl Describable, for: Any do
  def describe(%{__struct__: mod}), do: "a #{mod |> Module.split() |> List.last()}"
  def describe(other), do: "something: #{inspect(other)}"
end

defmodule Circle do
  @derive [Describable]
  defstruct radius: 1.0
end

defmodule Rect do
  @derive {Inspect, only: [:w, :h]}
  @enforce_keys [:w, :h]
  defstruct [:w, :h, label: "rect", meta: %{}]
end

defmodule Polygon do
  defstruct points: []

  defimpl Geometry do
    def area(%{points: pts}) do
      pts
      |> Enum.zip(tl(pts) ++ [hd(pts)])
      |> Enum.map(fn {{x1, y1}, {x2, y2}} -> x1 * y2 - x2 * y1 end)
      |> Enum.sum()
      |> abs()
      |> Kernel./(2)
    end

    def perimeter(%{points: pts}) do
      pts
      |> Enum.zip(tl(pts) ++ [hd(pts)])
      |> Enum.map(fn {{x1, y1}, {x2, y2}} -> :math.sqrt(:math.pow(x2 - x1, 2) + :math.pow(y2 - y1, 2)) end)
      |> Enum.sum()
    end
  end

  defimpl String.Chars do
    def to_string(%{points: pts}), do: "Polygon(#{length(pts)} points)"
  end

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%{points: pts}, opts) do
      concat(["#Polygon<", to_doc(pts, opts), ">"])
    end
  end
end

defimpl Geometry, for: Circle do
  def area(%Circle{radius: r}), do: Float.round(:math.pi() * r * r, 4)
  def perimeter(%Circle{radius: r}), do: Float.round(2 * :math.pi() * r, 4)
end

defimpl Geometry, for: Rect do
  def area(%Rect{w: w, h: h}), do: w * h
  def perimeter(%Rect{w: w, h: h}), do: 2 * (w + h)
end

defimpl Geometry, for: Tuple do
  def area({w, h}), do: w * h
  def perimeter({w, h}), do: 2 * (w + h)
end

defmodule Inventory do
  defstruct items: []

  defimpl Enumerable do
    def count(%{items: items}), do: {:ok, length(items)}
    def member?(%{items: items}, x), do: {:ok, x in items}
    def slice(_), do: {:error, __MODULE__}
    def reduce(%{items: items}, acc, fun), do: Enumerable.List.reduce(items, acc, fun)
  end

  defimpl Collectable do
    def into(%{items: items} = inv) do
      collector = fn
        acc, {:cont, x} -> [x | acc]
        acc, :done -> %{inv | items: items ++ Enum.reverse(acc)}
        _, :halt -> :ok
      end

      {[], collector}
    end
  end
end

defmodule Main do
  def run do
    shapes = [%Circle{radius: 2}, %Rect{w: 3, h: 4, meta: %{color: :red}}, %Polygon{points: [{0, 0}, {4, 0}, {4, 3}]}, {5, 6}]

    for s <- shapes do
      IO.puts("#{String.pad_trailing(inspect(s), 40)} area=#{Geometry.area(s)} perimeter=#{Geometry.perimeter(s)}")
    end

    IO.puts(Describable.describe(%Circle{}))
    IO.puts(Describable.describe(42))
    IO.puts("#{%Polygon{points: [{1, 1}]}}")

    try do
      Geometry.area("square")
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end

    try do
      Describable.describe(%Rect{w: 1, h: 1})
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
    end

    try do
      Code.eval_string("%Rect{w: 1}")
    rescue
      e in ArgumentError -> IO.puts("enforce: " <> Exception.message(e))
    end

    inv = Enum.into(["hammer", "nails"], %Inventory{items: ["saw"]})
    IO.inspect(inv)
    IO.inspect(Enum.count(inv), label: "count")
    IO.inspect("nails" in inv, label: "has nails")
    IO.inspect(Enum.map(inv, &String.upcase/1))
    IO.inspect(Enum.take(inv, 2))
    IO.inspect(for(x <- inv, String.length(x) > 3, into: %Inventory{}, do: x <> "!"))

    IO.inspect(Geometry.impl_for(%Circle{}), label: "impl_for circle")
    IO.inspect(Geometry.impl_for(:atom), label: "impl_for atom")
    IO.inspect(Describable.impl_for(:atom), label: "describable atom")
    IO.inspect(Geometry.__protocol__(:functions), label: "functions")
    IO.inspect(Protocol.assert_impl!(Geometry, Rect), label: "assert_impl!")
    IO.inspect(is_struct(%Rect{w: 1, h: 2}, Rect))
    IO.inspect(Map.from_struct(%Rect{w: 1, h: 2}))
    IO.inspect(struct(Rect, w: 9, h: 9, bogus: 1))
    IO.inspect(struct!(Circle, radius: 3))
  end
end

Main.run()
