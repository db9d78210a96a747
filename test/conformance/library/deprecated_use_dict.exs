defmodule D do
  use Dict
  def new, do: %{}
  def fetch(d, k), do: Map.fetch(d, k)
  def put(d, k, v), do: Map.put(d, k, v)
  def delete(d, k), do: Map.delete(d, k)
  def size(d), do: map_size(d)
  def reduce(d, acc, f), do: Enumerable.reduce(d, acc, f)
  def get(d, k, default), do: {:mine, Map.get(d, k, default)}
end
defmodule U do
  def go(d), do: D.keys(d)
end
IO.inspect D.__info__(:functions), limit: :infinity
IO.inspect D.__info__(:deprecated), limit: :infinity
d = D.new |> D.put(:a, 1) |> D.put(:b, 2) |> D.put(:c, 3)
IO.inspect U.go(d)
IO.inspect D.get(d, :a)
IO.inspect D.get(d, :z, 0)
IO.inspect D.get_lazy(d, :z, fn -> :lazy end)
IO.inspect D.get_and_update(d, :a, fn v -> {v, :new} end)
IO.inspect D.fetch!(d, :b)
IO.inspect D.has_key?(d, :q)
IO.inspect D.put_new(d, :a, 9)
IO.inspect D.put_new_lazy(d, :n, fn -> 9 end)
IO.inspect D.drop(d, [:a, :x])
IO.inspect D.take(d, [:a, :x])
IO.inspect D.to_list(d)
IO.inspect D.keys(d)
IO.inspect D.values(d)
IO.inspect D.equal?(d, %{a: 1, b: 2, c: 3})
IO.inspect D.equal?(d, %{a: 1, b: 2, c: 4})
IO.inspect D.equal?(d, %{a: 1})
IO.inspect D.merge(d, %{c: 30, d: 4})
IO.inspect D.merge(%{a: 5}, d, fn _k, a, b -> a + b end)
IO.inspect D.update(d, :a, 0, &(&1 + 1))
IO.inspect D.update(d, :z, 0, &(&1 + 1))
IO.inspect D.update!(d, :a, &(&1 + 1))
IO.inspect D.pop(d, :a)
IO.inspect D.pop(d, :z, :none)
IO.inspect D.pop_lazy(d, :z, fn -> :lz end)
IO.inspect D.split(d, [:a, :c, :x])
try do
  D.fetch!(d, :zz)
rescue e -> IO.inspect(e)
end
try do
  D.update!(d, :zz, & &1)
rescue e -> IO.inspect(e)
end

# a use Dict module over a keyword list, with its own to_list/1
defmodule KwDict do
  use Dict
  def new, do: []
  def fetch(d, k), do: Keyword.fetch(d, k)
  def put(d, k, v), do: Keyword.put(d, k, v)
  def delete(d, k), do: Keyword.delete(d, k)
  def size(d), do: length(d)
  def reduce(d, acc, f), do: Enumerable.List.reduce(d, acc, f)
  def to_list(d), do: {:own, d}
end

kw = KwDict.new() |> KwDict.put(:x, 1) |> KwDict.put(:y, 2)
IO.inspect KwDict.to_list(kw)
IO.inspect KwDict.keys(kw)
IO.inspect KwDict.merge(kw, [z: 3])
IO.inspect KwDict.split(kw, [:y])
IO.inspect KwDict.take(kw, [:y, :q])
IO.inspect KwDict.__info__(:deprecated) |> length()
