# Enum.max_by/min_by/min_max_by as Elixir 1.14 runs them: a fun for the first element and one for
# the rest (reduce_by/3 inlined into aggregate_by/4 and min_max_by/4), min_max_by's sorter asked
# for the max only when the element is not a new min; their frames when the mapper or sorter raises
frames = fn f ->
  try do
    f.()
  rescue
    e ->
      lib = for {Enum, name, args, loc} <- __STACKTRACE__, do: {name, if(is_list(args), do: length(args), else: args), loc[:line]}
      IO.inspect({e.__struct__, lib})
  end
end

bad_at = fn n -> fn x -> if x == n, do: raise("no"), else: x end end

for n <- [1, 3] do
  frames.(fn -> Enum.max_by([1, 2, 3], bad_at.(n)) end)
  frames.(fn -> Enum.min_by([1, 2, 3], bad_at.(n)) end)
  frames.(fn -> Enum.max_by(1..3, bad_at.(n)) end)
  frames.(fn -> Enum.min_max_by([1, 2, 3], bad_at.(n)) end)
  frames.(fn -> Enum.min_max_by(1..3, bad_at.(n)) end)
  frames.(fn -> Enum.max_by([1, 2, 3], & &1, fn a, b -> if b == n, do: raise("s"), else: a >= b end) end)
end

log = fn f -> fn a, b -> send(self(), {a, b}); f.(a, b) end end
drain = fn -> Stream.repeatedly(fn -> receive do m -> m after 0 -> nil end end) |> Enum.take_while(& &1) end

IO.inspect(Enum.min_max_by([3, 1, 4, 1, 5, 9, 2, 6], & &1, log.(&</2)))
IO.inspect(drain.())
IO.inspect(Enum.max_by([{1, :a}, {3, :b}, {3, :c}], &elem(&1, 0), log.(&>=/2)))
IO.inspect(drain.())
IO.inspect(Enum.min_by([{1, :a}, {0, :b}, {0, :c}], &elem(&1, 0)))
IO.inspect(Enum.min_max_by([1.0, 1, 2, 2.0], & &1))
IO.inspect(Enum.max_by([], & &1, fn -> :none end))
IO.inspect(Enum.min_max_by(%{a: 2, b: 1}, fn {_, v} -> v end))
IO.inspect(Enum.min_by([~D[2020-01-02], ~D[2020-01-01]], & &1, Date))

Enum.max_by([], & &1)
