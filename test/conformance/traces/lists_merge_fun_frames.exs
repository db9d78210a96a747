# :lists.merge/3 as OTP 25 runs it: the second list's head waits in fmerge2_1/5 (sort/2's helpers), so a
# raising or non-boolean fun, a first list that is no list and improper tails fail there (or in
# fmerge2_2/5, lists:reverse/2) under merge/3's frame at lists.erl:1038; its results, ties first-list first
t = fn f -> try do
  IO.inspect f.()
rescue
  e -> IO.inspect({e.__struct__, __STACKTRACE__ |> Enum.take(3) |> Enum.map(fn {m, f, a, l} -> {m, f, a, l[:line]} end)})
end end
ge = fn a, b -> a >= b end
t.(fn -> :lists.merge(ge, [3, 1], [2, 0]) end)
t.(fn -> :lists.merge(fn a, b -> a <= b end, [1, 1.0, 3], [1.0, 2]) end)
t.(fn -> :lists.merge(ge, [], [2, 0]) end)
t.(fn -> :lists.merge(ge, [3], []) end)
t.(fn -> :lists.merge(ge, :x, []) end)
t.(fn -> :lists.merge(fn _, _ -> raise "x" end, [3, 1], [2, 0]) end)
t.(fn -> :lists.merge(fn a, b -> if a == 1, do: raise("x"), else: a >= b end, [3, 1], [2, 0]) end)
t.(fn -> :lists.merge(ge, [3, 1], :x) end)
t.(fn -> :lists.merge(ge, :x, [1]) end)
t.(fn -> :lists.merge(ge, [5 | :x], [1]) end)
t.(fn -> :lists.merge(ge, [5], [1 | :y]) end)
t.(fn -> :lists.merge(fn _, _ -> :maybe end, [5], [1]) end)
t.(fn -> :lists.merge(:notfun, [5], [1]) end)
le = fn a, b -> a <= b end
t.(fn -> :lists.merge(le, [5 | :x], [1]) end)
t.(fn -> :lists.merge(le, [5], [1 | :y]) end)
t.(fn -> :lists.merge(le, [5, 6 | :x], [1]) end)
t.(fn -> :lists.merge(le, [5], [1, 2 | :y]) end)
