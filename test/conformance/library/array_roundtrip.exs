# :array (lib/erlang/array.ex): a 10,000-element round trip, and a seeded run of sets, resets and
# gets checked against a map (the tree must agree with a plain index -> value map throughout)
l = Enum.to_list(1..10_000)
a = :array.from_list(l)
IO.inspect({:array.size(a), elem(a, 2), :array.to_list(a) == l, :array.get(9_999, a), :array.get(4_321, a)})
IO.inspect(:array.foldl(fn i, x, acc -> acc + i * x end, 0, a))
IO.inspect(:array.foldr(fn _, x, acc -> [x | acc] end, [], a) == l)
IO.inspect(:array.to_orddict(a) == Enum.with_index(l, fn x, i -> {i, x} end))
IO.inspect(:array.from_orddict(:array.to_orddict(a)) == a)
IO.inspect(:array.map(fn _, x -> x * 2 end, a) |> :array.to_list() |> Enum.sum())
IO.inspect(:array.sparse_size(:array.resize(20_000, a)))

seed = {1, 2, 3}
IO.puts("seed #{inspect(seed)}")
:rand.seed(:exsss, seed)

{arr, map} =
  Enum.reduce(1..3_000, {:array.new(default: 0), %{}}, fn _, {arr, map} ->
    i = :rand.uniform(5_000) - 1

    case :rand.uniform(10) do
      n when n <= 6 ->
        v = :rand.uniform(1_000)
        {:array.set(i, v, arr), Map.put(map, i, v)}

      7 ->
        {:array.reset(i, arr), Map.delete(map, i)}

      _ ->
        if :array.get(i, arr) != Map.get(map, i, 0), do: IO.puts("mismatch at #{i}")
        {arr, map}
    end
  end)

expected_size = if map == %{}, do: 0, else: Enum.max(Map.keys(map)) + 1
IO.inspect({:array.size(arr) >= expected_size, elem(arr, 2), elem(arr, 3)})
IO.inspect(:array.sparse_to_orddict(arr) == Enum.sort(Enum.reject(map, fn {_, v} -> v == 0 end)))
IO.inspect(Enum.all?(0..(:array.size(arr) - 1), fn i -> :array.get(i, arr) == Map.get(map, i, 0) end))
IO.inspect(:array.sparse_foldl(fn _, v, acc -> acc + v end, 0, arr) == Enum.sum(Map.values(map)))
IO.inspect(:erlang.phash2(arr))
