defmodule Par do
  def pmap(list, f) do
    parent = self()
    list
    |> Enum.with_index()
    |> Enum.map(fn {x, i} -> spawn(fn -> send(parent, {:pmap, i, f.(x)}) end) end)
    |> Enum.with_index()
    |> Enum.map(fn {_pid, i} -> receive(do: ({:pmap, ^i, v} -> v)) end)
  end

  def map_reduce(docs, mapper, reducer) do
    parent = self()
    Enum.each(docs, fn d -> spawn(fn -> send(parent, {:mapped, mapper.(d)}) end) end)
    Enum.reduce(1..length(docs), %{}, fn _, acc ->
      receive do
        {:mapped, pairs} -> Enum.reduce(pairs, acc, fn {k, v}, a -> Map.update(a, k, v, &reducer.(&1, v)) end)
      end
    end)
  end
end

IO.inspect(Par.pmap(1..10, &(&1 * &1)))
IO.inspect(Par.pmap(["a", "bb", "ccc"], &String.length/1))
docs = ["the cat sat", "the dog sat down", "a cat and a dog"]
counts = Par.map_reduce(docs, fn d -> d |> String.split() |> Enum.map(&{&1, 1}) end, &+/2)
IO.inspect(counts |> Enum.sort())
fibs = Par.pmap(20..25, fn n -> Enum.reduce(1..n, {0, 1}, fn _, {a, b} -> {b, a + b} end) |> elem(0) end)
IO.inspect(fibs)
