data = %{users: [%{name: "a", tags: ["x"]}, %{name: "b", tags: []}], meta: [count: 2]}
IO.inspect get_in(data, [:users, Access.all(), :name])
IO.inspect get_in(data, [:users, Access.at(1), :name])
IO.inspect get_in(data, [:users, Access.at(5), :name])
IO.inspect get_in(data, [:users, Access.filter(&(&1.name == "b")), :tags])
IO.inspect put_in(data, [:users, Access.all(), :name], "z")
IO.inspect update_in(data, [:users, Access.at(-1), :tags], &["new" | &1])
IO.inspect get_and_update_in(data, [:meta, :count], &{&1, &1 + 1})
IO.inspect pop_in(data, [:users, Access.at(0)])
IO.inspect get_in(data, [:users, Access.at!(0), :name])
IO.inspect put_in(data.meta[:count], 9)
IO.inspect update_in(data, [:missing], fn nil -> 1 end)
IO.inspect get_in(%{a: {1, 2, 3}}, [:a, Access.elem(1)])
IO.inspect put_in(%{a: {1, 2, 3}}, [:a, Access.elem(2)], :x)
IO.inspect get_in([a: [b: 1]], [:a, :b])
IO.inspect Access.fetch(%{"k" => 1}, "k")
IO.inspect Access.get([a: 1, a: 2], :a)
IO.inspect get_in(%{a: 1}, [Access.key(:b, %{}), :c])
IO.inspect put_in(%{}, [Access.key(:a, %{}), Access.key(:b, %{})], 1)
IO.inspect Access.slice(1..2) |> is_function()
IO.inspect get_in([1, 2, 3, 4], [Access.slice(1..2)])
IO.inspect update_in([1, 2, 3, 4], [Access.slice(1..-1//2)], &(&1 * 10))
try do
  get_in(data, [:users, Access.at!(9)])
rescue e -> IO.inspect e
end
try do
  put_in(%{a: 1}, [:a, :b], 2)
rescue e -> IO.inspect e
end
try do
  Access.fetch({1}, 0)
rescue e -> IO.inspect e
end
kw = [a: 1, b: 2, a: 3]
IO.inspect Keyword.get_values(kw, :a)
IO.inspect Keyword.delete(kw, :a)
IO.inspect Keyword.delete_first(kw, :a)
IO.inspect Keyword.update(kw, :a, 0, &(&1 * 2))
IO.inspect Keyword.put_new_lazy(kw, :c, fn -> 3 end)
IO.inspect Keyword.merge([a: 1], [b: 2, a: 3], fn _k, v1, v2 -> v1 + v2 end)
IO.inspect Keyword.split(kw, [:a])
IO.inspect Keyword.take(kw, [:a])
IO.inspect Keyword.pop_first(kw, :a)
IO.inspect Keyword.replace!(kw, :b, 9)
IO.inspect Keyword.validate([a: 1], [:a, b: 2])
IO.inspect Keyword.validate([c: 1], [:a, b: 2])
IO.inspect Keyword.keyword?([{:a, 1}, {"b", 2}])
IO.inspect Keyword.to_list(a: 1)
IO.inspect Keyword.filter(kw, fn {_, v} -> v > 1 end)
IO.inspect Keyword.map(kw, fn {_, v} -> v * 2 end)
IO.inspect Keyword.equal?([a: 1, b: 2], [b: 2, a: 1])
try do
  Keyword.validate!([c: 1], [:a])
rescue e -> IO.inspect e
end
try do
  Keyword.fetch!(kw, :zz)
rescue e -> IO.inspect e; IO.puts Exception.message(e)
end
IO.inspect Map.from_keys([:a, :b], 0)
IO.inspect Map.filter(%{a: 1, b: 2}, fn {_, v} -> v > 1 end)
IO.inspect Map.reject(%{a: 1, b: 2}, fn {_, v} -> v > 1 end)
IO.inspect Map.update!(%{a: 1}, :a, &(&1 + 1))
try do
  Map.update!(%{a: 1}, :b, &(&1 + 1))
rescue e -> IO.puts Exception.message(e)
end
