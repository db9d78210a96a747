defmodule Point do
  defstruct x: 0, y: 0
  def new(x, y), do: %Point{x: x, y: y}
  def add(%Point{x: x1, y: y1}, %Point{x: x2, y: y2}), do: %Point{x: x1 + x2, y: y1 + y2}
end

defmodule Person do
  @enforce_keys [:name]
  defstruct [:name, age: 0, tags: []]
end

defmodule Main do
  def run do
    p = %Point{}
    IO.inspect(p)
    q = Point.new(3, 4)
    IO.inspect(q)
    IO.inspect(Point.add(p, q))
    IO.inspect(%{q | x: 10})
    IO.inspect(q.x + q.y)
    IO.inspect(is_struct(q))
    IO.inspect(is_struct(q, Point))
    IO.inspect(is_map(q))
    IO.inspect(q.__struct__)
    IO.inspect(Map.from_struct(q))
    IO.inspect(struct(Point, x: 9))
    IO.inspect(struct(Point, %{y: 8, z: 1}))
    IO.inspect(%Person{name: "Al"})
    IO.inspect(%Person{name: "Bo", age: 30, tags: [:x]})
    %Point{x: px} = q
    IO.inspect(px)
    %{x: mx} = q
    IO.inspect(mx)
    IO.inspect(match?(%Point{}, %{x: 1, y: 2}))
    IO.inspect(match?(%{}, q))
    IO.inspect(q == %Point{x: 3, y: 4})
    IO.inspect(Map.keys(q))
    try do
      %{q | z: 1}
    rescue
      e in KeyError -> IO.puts(Exception.message(e))
    end
    try do
      struct!(Person, age: 3)
    rescue
      e in ArgumentError -> IO.puts(Exception.message(e))
    end
    IO.inspect(Point.__struct__())
  end
end

Main.run()
