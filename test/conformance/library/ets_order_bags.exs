# bag and duplicate_bag order: a key's objects stay together, lookup gives them oldest first,
# tab2list/select walk the table backwards, foldl visits keys in first/next order (foldr the same
# keys, each key's objects from the newest), select/3 and match/3 chunks are each reversed
for kind <- [:bag, :duplicate_bag] do
  t = :ets.new(:b, [kind])
  for i <- 1..400, do: :ets.insert(t, {rem(i, 23), i, rem(i, 3)})
  for i <- 1..30, do: :ets.insert(t, {rem(i, 23), i, rem(i, 3)})
  IO.inspect({kind, :ets.info(t, :size)})
  IO.inspect(:ets.tab2list(t) |> Enum.take(12))
  IO.inspect(:ets.lookup(t, 5) |> Enum.take(6))
  IO.inspect(:ets.foldl(fn o, a -> [o | a] end, [], t) |> Enum.take(8))
  IO.inspect(:ets.foldr(fn o, a -> [o | a] end, [], t) |> Enum.take(8))
  :ets.delete_object(t, {5, 5, 2})
  :ets.delete(t, 6)
  IO.inspect(:ets.lookup(t, 5) |> Enum.take(4))
  IO.inspect(:ets.match(t, {:"$1", :_, 1}) |> Enum.take(10))
  IO.inspect(:ets.match_object(t, {:_, :_, 1}) |> Enum.take(5))
  {chunk, cont} = :ets.select(t, [{{:"$1", :"$2", 0}, [], [:"$2"]}], 7)
  IO.inspect(chunk)
  {chunk, _} = :ets.select(cont)
  IO.inspect(chunk)
  IO.inspect(:ets.select_reverse(t, [{{:"$1", :"$2", 0}, [{:<, :"$2", 60}], [:"$2"]}]))
  first = :ets.first(t)
  IO.inspect({first, :ets.next(t, first), :ets.last(t) == first})
end

t = :ets.new(:s, [:set])
for i <- 1..3000, do: :ets.insert(t, {i})
{c1, cont} = :ets.select(t, [{{:"$1"}, [], [:"$1"]}], 10)
IO.inspect(c1)
{c2, _} = :ets.select(cont)
IO.inspect(c2)
{m1, _} = :ets.match(t, {:"$1"}, 5)
IO.inspect(m1)
chunks = Stream.unfold(:ets.select(t, [{{:"$1"}, [], [:"$1"]}], 250), fn
  :"$end_of_table" -> nil
  {c, k} -> {length(c), :ets.select(k)}
end)
IO.inspect(Enum.to_list(chunks))
IO.inspect(Enum.map([0, 1, 255, 256, 3000], fn i -> :ets.slot(t, i) |> then(&if(is_list(&1), do: length(&1), else: &1)) end))
