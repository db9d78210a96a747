defmodule Life do
  def parse(text) do
    for {line, y} <- text |> String.split("\n", trim: true) |> Enum.with_index(),
        {ch, x} <- line |> String.graphemes() |> Enum.with_index(),
        ch == "#",
        into: MapSet.new(),
        do: {x, y}
  end

  def step(cells) do
    cells
    |> Enum.flat_map(&neighbours/1)
    |> Enum.frequencies()
    |> Enum.filter(fn {cell, n} -> n == 3 or (n == 2 and MapSet.member?(cells, cell)) end)
    |> MapSet.new(fn {cell, _} -> cell end)
  end

  defp neighbours({x, y}), do: for(dx <- -1..1, dy <- -1..1, {dx, dy} != {0, 0}, do: {x + dx, y + dy})

  def render(cells, {w, h}) do
    for y <- 0..(h - 1), into: "" do
      (for x <- 0..(w - 1), into: "", do: if(MapSet.member?(cells, {x, y}), do: "█", else: "·")) <> "\n"
    end
  end
end

defmodule Matrix do
  def new(rows), do: rows
  def transpose(m), do: m |> Enum.zip() |> Enum.map(&Tuple.to_list/1)
  def mul(a, b) do
    bt = transpose(b)
    for row <- a, do: for(col <- bt, do: row |> Enum.zip(col) |> Enum.map(fn {x, y} -> x * y end) |> Enum.sum())
  end
  def identity(n), do: for(i <- 1..n, do: for(j <- 1..n, do: if(i == j, do: 1, else: 0)))
  def pow(m, 0), do: identity(length(m))
  def pow(m, n) when rem(n, 2) == 0, do: pow(mul(m, m), div(n, 2))
  def pow(m, n), do: mul(m, pow(m, n - 1))
  def det([[a]]), do: a
  def det([first | rest]) do
    first
    |> Enum.with_index()
    |> Enum.map(fn {v, j} ->
      minor = Enum.map(rest, &List.delete_at(&1, j))
      sign = if rem(j, 2) == 0, do: 1, else: -1
      sign * v * det(minor)
    end)
    |> Enum.sum()
  end
  def format(m) do
    width = m |> List.flatten() |> Enum.map(&String.length(to_string(&1))) |> Enum.max()
    Enum.map_join(m, "\n", fn row -> "[" <> Enum.map_join(row, " ", &String.pad_leading(to_string(&1), width)) <> "]" end)
  end
end

glider = Life.parse("""
.#......
..#.....
###.....
........
........
""")
Stream.iterate(glider, &Life.step/1)
|> Stream.take(5)
|> Stream.with_index()
|> Enum.each(fn {g, i} -> IO.puts("gen #{i} (#{MapSet.size(g)} cells)\n" <> Life.render(g, {8, 5})) end)

blinker = MapSet.new([{1, 0}, {1, 1}, {1, 2}])
IO.inspect(Life.step(Life.step(blinker)) == blinker, label: "blinker period 2")
IO.inspect(Life.step(blinker) |> Enum.sort(), label: "blinker phase")

fib = Matrix.pow([[1, 1], [1, 0]], 90)
IO.puts(Matrix.format(fib))
IO.inspect(Matrix.det([[2, -3, 1], [2, 0, -1], [1, 4, 5]]), label: "det")
IO.puts(Matrix.format(Matrix.mul([[1, 2, 3], [4, 5, 6]], [[7, 8], [9, 10], [11, 12]])))
IO.puts(Matrix.format(Matrix.transpose([[1.5, 2], [3, 4.25], [-5, 6]])))
