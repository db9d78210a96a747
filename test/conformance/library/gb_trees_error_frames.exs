# :gb_trees failures name gb_trees.erl and OTP 25's lines in every frame: bad trees, missing or
# existing keys, malformed nodes deep in a tree, a raising map function
e = :gb_trees.empty()
t = Enum.reduce(1..9, e, fn k, acc -> :gb_trees.insert(k * 2, k, acc) end)
bad = {3, {4, :d, {2, :b, :oops, nil}, {6, :f, nil, :oops}}}
calls = [
  {:get, [3, t]}, {:get, [9, e]}, {:get, [1, :x]}, {:get, [1, bad]}, {:get, [7, bad]},
  {:insert, [4, :z, t]}, {:insert, [16, :z, t]}, {:insert, [1, :z, :x]}, {:insert, [1, :z, bad]},
  {:enter, [1, :z, :x]}, {:enter, [5, :z, bad]},
  {:update, [3, :z, t]}, {:update, [9, :z, e]}, {:update, [17, :z, t]},
  {:delete, [3, t]}, {:delete, [9, e]}, {:delete, [17, t]}, {:delete_any, [1, :x]}, {:delete, [4, bad]},
  {:take, [3, t]}, {:take, [9, e]}, {:take_any, [3, t]}, {:take_any, [1, :x]}, {:take, [4, bad]},
  {:take_smallest, [e]}, {:take_largest, [e]}, {:smallest, [e]}, {:largest, [e]},
  {:take_smallest, [bad]}, {:take_largest, [bad]}, {:smallest, [bad]}, {:largest, [bad]},
  {:lookup, [1, :x]}, {:lookup, [1, bad]}, {:is_defined, [1, :x]}, {:is_defined, [7, bad]},
  {:size, [:x]}, {:to_list, [:x]}, {:to_list, [bad]}, {:keys, [:x]}, {:keys, [bad]},
  {:values, [:x]}, {:values, [bad]}, {:from_orddict, [:x]}, {:from_orddict, [[1]]},
  {:from_orddict, [[{1, :a}, :b, {3, :c}]]}, {:balance, [:x]}, {:balance, [bad]},
  {:iterator, [:x]}, {:iterator, [bad]}, {:next, [:x]}, {:next, [[{1, :a, nil, :oops}]]},
  {:iterator_from, [1, :x]}, {:iterator_from, [1, bad]},
  {:map, [:x, t]}, {:map, [fn _, v -> v end, :x]}, {:map, [fn k, _ -> if k == 8, do: raise("no 8"), else: k end, t]},
  {:map, [fn _, v -> v end, bad]}
]

for {f, a} <- calls do
  r =
    try do
      inspect(apply(:gb_trees, f, a))
    rescue
      e ->
        frames = for {m, fun, ar, loc} <- __STACKTRACE__, m == :gb_trees, do: {fun, if(is_list(ar), do: length(ar), else: ar), loc[:file], loc[:line]}
        "#{inspect(e.__struct__)} #{inspect(frames)}"
    end

  IO.puts("#{f}: #{r}")
end
