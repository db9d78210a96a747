# The frames Enum's helpers leave when the function given to them raises, as Elixir 1.14 names
# them (flat_map_list/2, take_while_list/2, uniq_list/3, scan_list/3, zip_with_list/3 are
# body-recursive: failing on a later element shows the helper twice; reduce inlined into count/2,
# frequencies_by/2, dedup_by/2, split_with/2 names its fold after them), and their results
frames = fn f ->
  try do
    f.()
  rescue
    e ->
      # (a function clause frame carries the arguments: their count, not the funs among them)
      lib = for {Enum, name, args, loc} <- __STACKTRACE__, do: {name, if(is_list(args), do: length(args), else: args), loc[:line]}
      IO.inspect({e.__struct__, lib})
  end
end

bad_at = fn n -> fn x -> if x == n, do: raise("no"), else: x end end

for n <- [1, 3] do
  frames.(fn -> Enum.flat_map([1, 2, 3], fn x -> bad_at.(n).(x); [x, x] end) end)
  frames.(fn -> Enum.take_while([1, 2, 3], bad_at.(n)) end)
  frames.(fn -> Enum.uniq_by([1, 2, 3], bad_at.(n)) end)
  frames.(fn -> Enum.scan([0, 1, 2, 3], fn x, acc -> bad_at.(n).(x) + acc end) end)
  frames.(fn -> Enum.scan([1, 2, 3], 0, fn x, acc -> bad_at.(n).(x) + acc end) end)
  frames.(fn -> Enum.zip_with([1, 2, 3], [4, 5, 6], fn x, y -> bad_at.(n).(x) + y end) end)
  frames.(fn -> Enum.count([1, 2, 3], bad_at.(n)) end)
  frames.(fn -> Enum.frequencies_by([1, 2, 3], bad_at.(n)) end)
  frames.(fn -> Enum.dedup_by([1, 2, 3], bad_at.(n)) end)
  frames.(fn -> Enum.split_with([1, 2, 3], bad_at.(n)) end)
  frames.(fn -> Enum.drop_while([1, 2, 3], bad_at.(n)) end)
  frames.(fn -> Enum.each(1..3, bad_at.(n)) end)
  frames.(fn -> Enum.reduce_while([1, 2, 3], 0, fn x, acc -> {:cont, bad_at.(n).(x) + acc} end) end)
end

frames.(fn -> Enum.reduce([], fn x, acc -> x + acc end) end)
frames.(fn -> Enum.random([]) end)
frames.(fn -> Enum.max([]) end)
frames.(fn -> Enum.min([]) end)
frames.(fn -> Enum.flat_map([1 | 2], fn x -> [x] end) end)
frames.(fn -> Enum.take_while([1 | 2], fn _ -> true end) end)
frames.(fn -> Enum.uniq_by([1, 2 | 3], & &1) end)
frames.(fn -> Enum.scan([1, 2 | 3], &+/2) end)
frames.(fn -> Enum.zip_with([1, 2 | 3], [1, 2, 3], &+/2) end)

IO.inspect(Enum.flat_map([1, 2, 3], fn x -> [x, x * 10] end))
IO.inspect(Enum.flat_map([1, 2], fn x -> 1..x end))
IO.inspect(Enum.flat_map([], fn x -> [x] end))
IO.inspect(Enum.flat_map(1..3, fn x -> [x] end))
IO.inspect(Enum.take_while([1, 2, 3, 1], &(&1 < 3)))
IO.inspect(Enum.take_while([], &(&1 < 3)))
IO.inspect(Enum.take_while([5], &(&1 < 3)))
IO.inspect(Enum.uniq_by([1, 2, 3, 4, 5], &rem(&1, 3)))
IO.inspect(Enum.uniq_by([], & &1))
IO.inspect(Enum.uniq_by(%{a: 1, b: 1}, fn {_, v} -> v end))
IO.inspect(Enum.scan([1, 2, 3, 4], &+/2))
IO.inspect(Enum.scan([], &+/2))
IO.inspect(Enum.scan([7], &+/2))
IO.inspect(Enum.scan(1..4, &+/2))
IO.inspect(Enum.scan([1, 2, 3], 10, &+/2))
IO.inspect(Enum.scan(1..3, 10, &+/2))
IO.inspect(Enum.zip_with([1, 2, 3], [4, 5], &+/2))
IO.inspect(Enum.zip_with([1], [4, 5], &+/2))
IO.inspect(Enum.zip_with([], [4, 5], &+/2))
IO.inspect(Enum.dedup_by([1, 1, 2, 3, 3, 1], & &1))
IO.inspect(Enum.split_with([1, 2, 3, 4], &(rem(&1, 2) == 0)))
IO.inspect(Enum.count([1, 2, 3], &(&1 > 1)))

Enum.flat_map([1, 2], fn x -> if x == 2, do: raise("boom"), else: [x] end)
