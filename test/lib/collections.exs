# Map, Keyword, List fun-taking functions; MapSet; Range; Access and nested access
defmodule Pt do
  defstruct x: 0, y: 0
end

m = %{a: 1, b: 2}
IO.inspect Map.update(m, :a, 0, &(&1 + 10))
IO.inspect Map.update(m, :z, 0, &(&1 + 10))
IO.inspect Map.update!(m, :b, &(&1 * 3))
try do Map.update!(m, :zz, & &1) rescue e -> IO.puts(Exception.message(e)) end
IO.inspect Map.get_lazy(m, :q, fn -> :lazy end)
IO.inspect Map.put_new_lazy(m, :q, fn -> 9 end)
IO.inspect Map.pop_lazy(m, :a, fn -> 0 end)
IO.inspect Map.replace_lazy(m, :a, &(&1 - 1))
IO.inspect Map.get_and_update(m, :a, fn v -> {v, v * 100} end)
IO.inspect Map.get_and_update(m, :a, fn _ -> :pop end)
IO.inspect Map.merge(%{a: 1, b: 2}, %{b: 3, c: 4}, fn _k, v1, v2 -> v1 + v2 end)
IO.inspect Map.merge(%{a: 1, b: 2, c: 5}, %{b: 3}, fn _k, v1, v2 -> {v1, v2} end)
IO.inspect Map.filter(%{a: 1, b: 2, c: 3}, fn {_k, v} -> v > 1 end)
IO.inspect Map.reject(%{a: 1, b: 2, c: 3}, fn {_k, v} -> v > 1 end)
IO.inspect Map.map(%{a: 1, b: 2}, fn {_k, v} -> v * 2 end)
IO.inspect Map.new([1, 2], &{&1, &1 * 2})
IO.inspect Keyword.update([a: 1, b: 2], :a, 0, &(&1 + 1))
IO.inspect Keyword.update([a: 1], :c, 0, &(&1 + 1))
IO.inspect Keyword.update!([a: 1, b: 2, a: 3], :a, &(&1 * 10))
IO.inspect Keyword.get_lazy([a: 1], :b, fn -> 2 end)
IO.inspect Keyword.pop_lazy([a: 1], :a, fn -> 2 end)
IO.inspect Keyword.put_new_lazy([a: 1], :b, fn -> 2 end)
IO.inspect Keyword.get_and_update([a: 1], :a, fn v -> {v, v + 1} end)
IO.inspect Keyword.merge([a: 1, b: 2], [b: 3, c: 4], fn _k, a, b -> a + b end)
IO.inspect Keyword.filter([a: 1, b: 2], fn {_, v} -> v > 1 end)
IO.inspect Keyword.reject([a: 1, b: 2], fn {_, v} -> v > 1 end)
IO.inspect Keyword.new([:a, :b], &{&1, 1})
IO.inspect List.foldl([1, 2, 3], [], &[&1 | &2])
IO.inspect List.foldr([1, 2, 3], [], &[&1 | &2])
IO.inspect List.update_at([1, 2, 3], 1, &(&1 * 10))
IO.inspect List.update_at([1, 2, 3], -1, &(&1 * 10))
IO.inspect List.update_at([1, 2, 3], 5, &(&1 * 10))

s = MapSet.new([3, 1, 2, 3])
IO.inspect MapSet.to_list(s)
IO.inspect {MapSet.size(s), MapSet.member?(s, 2), MapSet.member?(s, 5)}
IO.inspect MapSet.to_list(MapSet.put(s, 0))
IO.inspect MapSet.to_list(MapSet.delete(s, 1))
t = MapSet.new([2, 3, 4])
IO.inspect {MapSet.to_list(MapSet.union(s, t)), MapSet.to_list(MapSet.intersection(s, t)), MapSet.to_list(MapSet.difference(s, t)), MapSet.to_list(MapSet.symmetric_difference(s, t))}
IO.inspect {MapSet.subset?(MapSet.new([1]), s), MapSet.subset?(t, s), MapSet.disjoint?(s, MapSet.new([9])), MapSet.equal?(s, MapSet.new([1, 2, 3]))}
IO.inspect MapSet.new([1, 2], &(&1 * 5)) |> MapSet.to_list()
IO.inspect Enum.map(s, &(&1 + 1))
IO.inspect Enum.into([5, 6], MapSet.new()) |> MapSet.to_list()
IO.inspect {Enum.count(s), Enum.member?(s, 3), Enum.sum(s)}
IO.inspect MapSet.filter(s, &(&1 > 1)) |> MapSet.to_list()
IO.inspect MapSet.reject(s, &(&1 > 1)) |> MapSet.to_list()
IO.inspect MapSet.new() |> MapSet.size()

IO.inspect {Range.new(1, 5), Range.new(5, 1), Range.new(1, 10, 3), Range.size(1..10//3), Range.size(5..1), Range.size(1..0//1)}
IO.inspect {Range.disjoint?(1..5, 6..9), Range.disjoint?(1..5, 5..9), Range.disjoint?(1..10//2, 2..10//2)}
IO.inspect Range.shift(1..3, 2)
IO.inspect Enum.to_list(10..1//-3)
IO.inspect Enum.member?(1..10//2, 4)

data = %{user: %{name: "ann", langs: ["ex", "rb"], meta: [role: :admin]}}
IO.inspect get_in(data, [:user, :name])
IO.inspect get_in(data, [:user, :meta, :role])
IO.inspect get_in(data, [:nope, :x])
IO.inspect put_in(data, [:user, :name], "bob")
IO.inspect update_in(data, [:user, :langs], &["go" | &1])
IO.inspect pop_in(data, [:user, :meta])
IO.inspect get_and_update_in(data, [:user, :name], &{&1, String.upcase(&1)})
IO.inspect get_in(%{list: [%{a: 1}, %{a: 2}]}, [:list, Access.all(), :a])
IO.inspect update_in(%{list: [%{a: 1}, %{a: 2}]}, [:list, Access.all(), :a], &(&1 * 10))
IO.inspect get_in([1, 2, 3], [Access.at(1)])
IO.inspect put_in(%{t: {1, 2}}, [:t, Access.elem(0)], :x)
IO.inspect get_in(%{a: %{b: 1}}, [Access.key(:a), Access.key(:b)])
IO.inspect put_in(%{}, [Access.key(:a, %{}), :b], 1)
IO.inspect update_in([%{n: 1}, %{n: 5}], [Access.filter(&(&1.n > 2)), :n], &(&1 + 1))
IO.inspect Access.get(%{a: 1}, :a)
IO.inspect Access.get([a: 1], :b, :default)
IO.inspect Access.fetch(%{a: 1}, :a)
IO.inspect Access.fetch(nil, :a)
IO.inspect Access.pop([a: 1, b: 2], :a)
IO.inspect Access.get(nil, :a)
try do Access.get(Pt.__struct__(), :host) rescue e -> IO.puts(Exception.message(e)) end
try do put_in(Pt.__struct__(), [:host], "y") rescue e -> IO.puts(Exception.message(e)) end
try do Access.get([1, 2], 0) rescue e -> IO.puts(Exception.message(e)) end
IO.inspect Kernel.then(5, &(&1 * 2))
IO.inspect Kernel.tap(5, &IO.inspect(&1 * 3))
IO.inspect Kernel.to_string(:abc)
IO.inspect Kernel.to_string('chars')
IO.inspect Kernel.to_string(12)
IO.inspect Kernel.to_string(1.5)
IO.inspect Kernel.to_string(nil)
IO.inspect Kernel.struct(Pt, x: "h", nope: 1)
try do Kernel.struct!(Pt, nope: 1) rescue e -> IO.puts(Exception.message(e)) end
IO.inspect Kernel.struct(Pt.__struct__(), y: 1)
try do Kernel.to_string({1}) rescue e -> IO.puts(Exception.message(e)) end
IO.inspect String.Chars.to_string("bin")
