# A fun that fails inside :array.foldl/foldr/sparse_foldl/sparse_foldr/map/sparse_map shows OTP 25's
# walk of the tree: the leaf loop (foldl_3 ...) under the node loops (foldl_2, map_2/map_1 ...), at
# array.erl's lines, for arrays of one leaf, two levels and three; the results stay OTP's
for n <- [5, 25, 250], k <- Enum.uniq([0, div(n, 2), n - 1]) do
  a = :array.from_list(Enum.to_list(0..(n - 1)))
  a2 = :array.set(0, :f, :array.set(div(n, 2), :m, :array.set(n + 3, :z, :array.new(default: :d))))
  for {name, f} <- [
    {:foldl, fn -> :array.foldl(fn ^k, _, _ -> raise "x"; _, _, a -> a end, 0, a) end},
    {:foldr, fn -> :array.foldr(fn ^k, _, _ -> raise "x"; _, _, a -> a end, 0, a) end},
    {:sparse_foldl, fn -> :array.sparse_foldl(fn ^k, _, _ -> raise "x"; _, _, a -> a end, 0, a2) end},
    {:sparse_foldr, fn -> :array.sparse_foldr(fn ^k, _, _ -> raise "x"; _, _, a -> a end, 0, a2) end},
    {:map, fn -> :array.map(fn ^k, _ -> raise "x"; _, v -> v end, a) end},
    {:sparse_map, fn -> :array.sparse_map(fn ^k, _ -> raise "x"; _, v -> v end, a2) end},
  ] do
    try do
      f.()
      IO.inspect({n, k, name, :no_raise})
    rescue _ -> IO.inspect({n, k, name, __STACKTRACE__ |> Enum.drop(1) |> Enum.take_while(&(elem(&1, 0) == :array))})
    end
  end
end
for n <- [25, 250] do
  a2 = :array.set(0, :f, :array.set(div(n, 2), :m, :array.set(n + 3, :z, :array.new(default: :d))))
  k = n + 3
  try do
    :array.sparse_map(fn ^k, _ -> raise "x"; _, v -> v end, a2)
  rescue _ -> IO.inspect({n, k, __STACKTRACE__ |> Enum.drop(1) |> Enum.take_while(&(elem(&1, 0) == :array))})
  end
end
for n <- [0, 7, 10, 23, 101] do
  a = :array.from_list(Enum.to_list(1..n//1))
  s = :array.set(n + 12, :z, :array.set(div(n, 3), :m, :array.new(default: :d)))
  IO.inspect({:array.map(fn i, v -> {i, v} end, a), :array.sparse_map(fn i, v -> {i, v} end, s)}, limit: :infinity)
  IO.inspect({:array.foldl(fn i, v, acc -> [{i, v} | acc] end, [], a), :array.foldr(fn i, v, acc -> [{i, v} | acc] end, [], s)}, limit: :infinity)
  IO.inspect({:array.sparse_foldl(fn i, v, acc -> [{i, v} | acc] end, [], s), :array.sparse_foldr(fn i, v, acc -> [{i, v} | acc] end, [], s)}, limit: :infinity)
  IO.inspect(:array.to_list(:array.map(fn i, _ -> i end, :array.new(n + 3))))
end
