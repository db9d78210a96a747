# The list BIFs that run in chunks on long lists (sort, usort, flatten, last, nth, max, min, sum,
# member, keyfind, ++, list_to_tuple, list_to_binary, iolist_to_binary): the same results as in
# one go, and the same failures when the bad part is far down the list (met in a later chunk).
:rand.seed(:exsss, {1, 2, 3})
n = 100_000
l = Enum.map(1..n, fn _ -> :rand.uniform(1_000_000) end)
kl = Enum.map(l, &{rem(&1, 1000), &1})
bl = Enum.map(l, &rem(&1, 256))
summary = fn r -> {length(r), :erlang.phash2(r), Enum.take(r, 3), Enum.take(r, -3)} end

IO.inspect(summary.(:lists.sort(l)), label: "sort")
IO.inspect(summary.(:lists.usort(l)), label: "usort")
IO.inspect(summary.(:lists.sort(kl)), label: "sort tuples")
mixed = Enum.map(l, fn x -> if rem(x, 3) == 0, do: x / 1, else: rem(x, 1000) end)
IO.inspect(summary.(:lists.sort(mixed)), label: "sort with floats")
IO.inspect(summary.(:lists.usort(mixed)), label: "usort with floats")
IO.inspect(summary.(:lists.flatten([l, [[kl], []], [[[bl]]]])), label: "flatten")
IO.inspect(summary.(:lists.flatten([l, [bl]], [:end])), label: "flatten/2")
IO.inspect({:lists.last(l), :lists.nth(n - 1, l), :lists.max(l), :lists.min(l), :lists.sum(l)})
IO.inspect({:lists.member(hd(l), l), :lists.member(List.last(l), l), :lists.member(0, l)})
IO.inspect({:lists.keyfind(elem(List.last(kl), 0), 1, kl), :lists.keyfind(-1, 1, kl)})
IO.inspect({:lists.keymember(-1, 2, kl), :lists.keysearch(List.last(l), 2, kl)})
IO.inspect(summary.(l ++ kl), label: "++")
t = List.to_tuple(l)
IO.inspect({tuple_size(t), elem(t, n - 1), :erlang.phash2(t)}, label: "list_to_tuple")
b = :erlang.list_to_binary([bl, "tail" | <<1, 2>>])
IO.inspect({byte_size(b), :erlang.md5(b)}, label: "list_to_binary")
b = :erlang.iolist_to_binary([[bl], [[bl]] | "x"])
IO.inspect({byte_size(b), :erlang.md5(b)}, label: "iolist_to_binary")

# failures met far down the list
improper = Enum.reduce(Enum.reverse(l), :tail, fn x, acc -> [x | acc] end)
show = fn f ->
  try do
    f.()
  rescue
    e ->
      IO.puts(Exception.format_banner(:error, e, []) |> String.slice(0, 300))
      [{m, f, a, _} | _] = __STACKTRACE__
      IO.inspect({m, f, if(is_list(a), do: length(a), else: a)}, label: "raised in")
  catch
    kind, reason -> IO.inspect({kind, reason |> inspect() |> String.slice(0, 200)})
  end
end

show.(fn -> :lists.sum(l ++ [:a]) end)
show.(fn -> :lists.member(0, improper) end)
show.(fn -> :lists.keyfind(-1, 1, Enum.reduce(Enum.reverse(kl), :tail, &[&1 | &2])) end)
show.(fn -> improper ++ [1] end)
show.(fn -> List.to_tuple(improper) end)
show.(fn -> :erlang.list_to_binary(bl ++ [256]) end)
show.(fn -> :erlang.iolist_to_binary([bl, bl ++ [:x]]) end)
show.(fn -> :lists.flatten([l, [bl | :x]]) end)
show.(fn -> :lists.nth(n + 5, l) end)
show.(fn -> :lists.last(improper) end)
