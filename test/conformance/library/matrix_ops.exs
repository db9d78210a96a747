defmodule Matrix do
  def transpose(m), do: m |> List.zip() |> Enum.map(&Tuple.to_list/1)
  def mult(a, b) do
    bt = transpose(b)
    for row <- a, do: for(col <- bt, do: Enum.zip_with(row, col, &*/2) |> Enum.sum())
  end
  def identity(n), do: for(i <- 1..n, do: for(j <- 1..n, do: if(i == j, do: 1, else: 0)))
  def pretty(m), do: Enum.map_join(m, "\n", fn row -> Enum.map_join(row, " ", &String.pad_leading(to_string(&1), 4)) end)
end
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
IO.puts Matrix.pretty(Matrix.mult(a, b))
IO.inspect Matrix.transpose(a)
IO.inspect Matrix.mult(Matrix.identity(3), b) == b
IO.inspect Enum.zip([1, 2, 3], [4, 5, 6]) |> Enum.map(fn {x, y} -> x * y end) |> Enum.sum()
grid = for y <- 0..4, do: for(x <- 0..4, do: if(rem(x + y, 2) == 0, do: "#", else: "."))
IO.puts Enum.map_join(grid, "\n", &Enum.join/1)
IO.inspect Enum.chunk_every(1..9, 3) |> Matrix.transpose()
