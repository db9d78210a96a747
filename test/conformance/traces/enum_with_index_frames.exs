# Enum.with_index/2 over an enumerable that is no list goes through map_reduce/3 (its frame above
# with_index/2's at line 3783, as Elixir 1.14's), for an offset and for a fun; and map_reduce's own
t = fn f -> try do
  f.()
rescue
  e -> IO.inspect({e.__struct__, __STACKTRACE__ |> Enum.take(4) |> Enum.map(fn {m, f, a, l} -> {m, f, if(is_list(a), do: length(a), else: a), l[:line]} end)})
end end
t.(fn -> Enum.map_reduce("abc", 0, fn x, a -> {x, a} end) end)
t.(fn -> Enum.with_index("abc") end)
t.(fn -> Enum.with_index("abc", 3) end)
t.(fn -> Enum.with_index("abc", fn x, i -> {x, i} end) end)
t.(fn -> Enum.with_index(1..3, fn x, i -> if x == 2, do: raise("x"), else: {x, i} end) end)
t.(fn -> Enum.map_reduce(1..3, 0, fn x, a -> if x == 2, do: raise("x"), else: {x, a} end) end)
t.(fn -> Enum.map_reduce(%{a: 1}, 0, fn _x, _a -> raise("x") end) end)
IO.inspect Enum.with_index(1..3, 2)
IO.inspect Enum.with_index(%{a: 1})
