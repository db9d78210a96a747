# Keyword's functions given lists that are not keyword lists (string or integer keys, bare atoms,
# 3-tuples, an improper tail, not a list): the value where Elixir's lookup does not mind, else
# Elixir's own error
inputs = [[a: 1, b: 2, a: 3], [{"s", 1}, {:a, 2}], [{1, 2}], [:a, {:a, 1}], [{:a, 1, 2}, {:a, 9}], [], :notalist]
calls = [
  {"get/2", &Keyword.get(&1, :a)}, {"get/3", &Keyword.get(&1, :zz, :d)}, {"get_values", &Keyword.get_values(&1, :a)},
  {"put", &Keyword.put(&1, :a, 0)}, {"put_new", &Keyword.put_new(&1, :q, 0)}, {"delete", &Keyword.delete(&1, :a)},
  {"delete_first", &Keyword.delete_first(&1, :a)}, {"has_key?", &Keyword.has_key?(&1, :a)}, {"keys", &Keyword.keys/1},
  {"values", &Keyword.values/1}, {"fetch", &Keyword.fetch(&1, :a)}, {"fetch!", &Keyword.fetch!(&1, :zz)},
  {"merge", &Keyword.merge(&1, [a: 5])}, {"merge2", &Keyword.merge([c: 1], &1)}, {"take", &Keyword.take(&1, [:a])}, {"drop", &Keyword.drop(&1, [:a])},
  {"pop", &Keyword.pop(&1, :a)}, {"pop_first", &Keyword.pop_first(&1, :a)}, {"pop!", &Keyword.pop!(&1, :a)},
  {"pop_values", &Keyword.pop_values(&1, :a)}, {"keyword?", &Keyword.keyword?/1}, {"to_list", &Keyword.to_list/1},
  {"update", &Keyword.update(&1, :a, 0, fn x -> x end)}, {"update!", &Keyword.update!(&1, :a, fn x -> x end)},
  {"replace!", &Keyword.replace!(&1, :a, 0)}, {"replace", &Keyword.replace(&1, :a, 0)}, {"split", &Keyword.split(&1, [:a])},
  {"filter", &Keyword.filter(&1, fn _ -> true end)}, {"reject", &Keyword.reject(&1, fn _ -> false end)},
  {"equal?", &Keyword.equal?(&1, &1)}, {"new", &Keyword.new/1}, {"new/2", &Keyword.new(&1, fn x -> x end)},
  {"map", &Keyword.map(&1, fn {_, v} -> v end)}, {"get_lazy", &Keyword.get_lazy(&1, :zz, fn -> 0 end)},
  {"put_new_lazy", &Keyword.put_new_lazy(&1, :q, fn -> 0 end)}, {"pop_lazy", &Keyword.pop_lazy(&1, :a, fn -> 0 end)},
  {"get_and_update", &Keyword.get_and_update(&1, :a, fn x -> {x, 0} end)}, {"validate", &Keyword.validate(&1, [:a, :b])},
  {"from_keys", &Keyword.from_keys(&1, 0)}
]
for {name, f} <- calls, inp <- inputs do
  r = try do
    {:ok, f.(inp)}
  rescue
    e -> {e.__struct__, Exception.message(e) |> String.slice(0, 160)}
  end
  IO.puts "#{name} #{inspect(inp)} -> #{inspect(r)}"
end

# an improper list, where Elixir's own functions walk it (the inlined :lists.map/filter/foldl of
# keys, values, merge, take, drop, split and from_keys name frames beamlet does not have)
improper = [{:a, 1} | :tail]
for {name, f} <- calls, name not in ~w(keys values merge take drop split new new/2 map validate from_keys) do
  r = try do
    {:ok, f.(improper)}
  rescue
    e -> {e.__struct__, Exception.message(e) |> String.slice(0, 160)}
  end
  IO.puts "#{name} #{inspect(improper)} -> #{inspect(r)}"
end
