defmodule Matrix do
  def new(rows), do: rows
  def transpose(m), do: m |> List.zip() |> Enum.map(&Tuple.to_list/1)
  def mul(a, b) do
    bt = transpose(b)
    for row <- a, do: for(col <- bt, do: dot(row, col))
  end
  def dot(r, c), do: Enum.zip(r, c) |> Enum.reduce(0, fn {x, y}, acc -> acc + x * y end)
  def identity(n), do: for(i <- 1..n, do: for(j <- 1..n, do: if(i == j, do: 1, else: 0)))
  def pow(m, 1), do: m
  def pow(m, n) when rem(n, 2) == 0, do: pow(mul(m, m), div(n, 2))
  def pow(m, n), do: mul(m, pow(m, n - 1))
  def det([[a]]), do: a
  def det([row | rest]) do
    row
    |> Enum.with_index()
    |> Enum.reduce(0, fn {v, j}, acc ->
      minor = Enum.map(rest, &List.delete_at(&1, j))
      sign = if rem(j, 2) == 0, do: 1, else: -1
      acc + sign * v * det(minor)
    end)
  end
  def format(m), do: Enum.map_join(m, "\n", fn r -> Enum.map_join(r, " ", &String.pad_leading(to_string(&1), 5)) end)
end

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
IO.puts(Matrix.format(Matrix.mul(a, b)))
IO.inspect(Matrix.transpose(a))
IO.inspect(Matrix.identity(3))
fibm = Matrix.pow([[1, 1], [1, 0]], 90)
IO.inspect(fibm |> hd() |> tl() |> hd(), label: "fib(90)")
IO.inspect(Matrix.det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
IO.inspect(Matrix.det([[1, 2, 3, 4], [5, 6, 7, 8], [2, 6, 4, 8], [3, 1, 1, 2]]))
IO.puts(Matrix.format(Matrix.mul([[1.5, 0.5]], [[2.0], [4.0]])))
