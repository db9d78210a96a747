# Map, Keyword and List failures at the lines (and frames) of Elixir 1.14's lib/map.ex,
# lib/keyword.ex and lib/list.ex
t = fn label, f ->
  r =
    try do
      inspect(f.())
    rescue
      e -> "raise #{inspect(e.__struct__)} #{Exception.message(e)} #{inspect(Enum.take(__STACKTRACE__, 2))}"
    end

  IO.puts("#{label}: #{r}")
end

m = %{"c" => 3, a: 1, b: 2}
k = [a: 1, b: 2, a: 3]
t.("Map.pop!", fn -> Map.pop!(m, :z) end)
t.("Map.get_and_update bad", fn -> Map.get_and_update(m, :a, fn _ -> :bad end) end)
t.("Map.get_and_update!", fn -> Map.get_and_update!(m, :z, fn v -> {v, v} end) end)
t.("Keyword.pop!", fn -> Keyword.pop!(k, :z) end)
t.("Keyword.merge bad", fn -> Keyword.merge(k, [1]) end)
t.("Keyword.new bad", fn -> Keyword.new([{"a", 1}]) end)
t.("Keyword.new bad pair", fn -> Keyword.new([{:a, 1}, :b]) end)
t.("Keyword.keys bad", fn -> Keyword.keys([{:a, 1}, 1]) end)
t.("Keyword.keys", fn -> Keyword.keys(k) end)
t.("Keyword.new", fn -> Keyword.new([b: 1, a: 2, b: 3]) end)
t.("Keyword.replace!", fn -> Keyword.replace!(k, :z, 1) end)
t.("Keyword.replace! first", fn -> Keyword.replace!([c: 1], :z, 1) end)
t.("List.keyfind!", fn -> List.keyfind!([a: 1], :z, 0) end)
