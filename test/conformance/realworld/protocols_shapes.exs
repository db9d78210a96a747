defprotocol Shape do
  @doc "Area of a shape"
  def area(shape)
  @fallback_to_any true
  def name(shape)
end

defmodule Circle do
  @enforce_keys [:r]
  defstruct [:r]
end

defmodule Rect do
  @derive [Inspect]
  defstruct w: 1, h: 1
end

defmodule Secret do
  @derive {Inspect, only: [:user]}
  defstruct [:user, :password]
end

defmodule Point do
  @derive {Inspect, except: [:cache]}
  defstruct x: 0, y: 0, cache: nil
end

defimpl Shape, for: Circle do
  def area(%{r: r}), do: Float.round(:math.pi() * r * r, 3)
  def name(_), do: "circle"
end

defimpl Shape, for: Rect do
  def area(%Rect{w: w, h: h}), do: w * h
  def name(_), do: "rect"
end

defimpl Shape, for: Any do
  def area(_), do: 0
  def name(x), do: "unknown #{inspect(x)}"
end

defimpl String.Chars, for: Rect do
  def to_string(%{w: w, h: h}), do: "#{w}x#{h}"
end

defmodule Main do
  def run do
    shapes = [%Circle{r: 2}, %Rect{w: 3, h: 4}, %Rect{}]
    for s <- shapes, do: IO.puts("#{Shape.name(s)}: #{Shape.area(s)}")
    IO.puts("rect is #{%Rect{w: 5, h: 6}}")
    IO.inspect(%Secret{user: "bob", password: "hunter2"})
    IO.inspect(%Point{x: 1, y: 2, cache: :big})
    IO.inspect(Shape.impl_for(%Circle{r: 1}))
    IO.inspect(Shape.impl_for(42))
    IO.inspect(Shape.__protocol__(:functions))
    IO.inspect(Shape.area(:foo))
    try do
      String.Chars.to_string(%Circle{r: 1})
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end
    try do
      Code.eval_string("%Circle{}")
    rescue
      e in ArgumentError -> IO.puts(Exception.message(e))
    end
    IO.inspect(Enumerable.impl_for([]))
    IO.inspect(Protocol.assert_protocol!(Shape))
    IO.inspect(struct(Rect, w: 9, z: 1))
    IO.inspect(struct!(Circle, r: 3))
    try do
      struct!(Rect, z: 1)
    rescue
      e -> IO.inspect(e.__struct__)
    end
  end
end

Main.run()
