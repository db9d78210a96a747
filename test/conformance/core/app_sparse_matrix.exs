defmodule Sparse do
  def from_dense(rows) do
    for {row, i} <- Enum.with_index(rows), {v, j} <- Enum.with_index(row), v != 0, into: %{}, do: {{i, j}, v}
  end
  def mul(a, b) do
    Enum.reduce(a, %{}, fn {{i, k}, v}, acc ->
      Enum.reduce(b, acc, fn
        {{^k, j}, w}, acc2 -> Map.update(acc2, {i, j}, v * w, &(&1 + v * w))
        _, acc2 -> acc2
      end)
    end)
    |> Enum.reject(fn {_, v} -> v == 0 end)
    |> Map.new()
  end
  def transpose(m), do: Map.new(m, fn {{i, j}, v} -> {{j, i}, v} end)
end

a = Sparse.from_dense([[1, 0, 0], [0, 0, 2], [3, 0, 0]])
b = Sparse.from_dense([[0, 4], [5, 0], [0, 6]])
IO.inspect(a)
IO.inspect(Sparse.mul(a, b))
IO.inspect(Sparse.transpose(b))
IO.inspect(Sparse.mul(a, Sparse.transpose(a)) |> Enum.sort())
identity = Map.new(0..99, &{{&1, &1}, 1})
IO.inspect(Sparse.mul(identity, identity) == identity)
