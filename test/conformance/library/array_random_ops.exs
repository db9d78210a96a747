# :array (lib/erlang/array.ex): a seeded random run of set/reset/resize/fix/relax/map/sparse_map/get on
# arrays from new/from_list/from_orddict (relax/1 of a shrunk array too, its max below the
# capacity); the record and tree after each run are printed whole
seed = {7, 8, 9}
IO.puts("seed #{inspect(seed)}")
:rand.seed(:exsss, seed)
r = fn n -> :rand.uniform(n) - 1 end
for round <- 1..25 do
  a0 = case r.(4) do
    0 -> :array.new()
    1 -> :array.new(r.(300), default: r.(2))
    2 -> :array.from_list(Enum.to_list(1..r.(250)), 0)
    3 -> :array.from_orddict(Enum.uniq(Enum.sort(for _ <- 1..r.(8), do: r.(400))) |> Enum.map(&{&1, &1}))
  end
  {a, log} = Enum.reduce(1..r.(25), {a0, []}, fn _, {a, log} ->
    op = r.(11)
    i = r.(1200)
    try do
      a2 = case op do
        0 -> :array.set(i, i, a)
        1 -> :array.set(r.(120), :v, a)
        2 -> :array.reset(r.(300), a)
        3 -> :array.resize(r.(500), a)
        4 -> :array.resize(a)
        5 -> :array.fix(a)
        6 -> :array.relax(a)
        7 -> :array.map(fn j, x -> if is_integer(x), do: x + j, else: x end, a)
        8 -> :array.sparse_map(fn j, x -> {j, x} end, a)
        9 -> (_ = :array.get(i, a); a)
        10 -> :array.set(:array.size(a), :end, a)
      end
      {a2, [{op, :array.sparse_size(a2), :array.get(r.(300), a2)} | log]}
    rescue
      e -> {a, [{op, e} | log]}
    end
  end)
  IO.inspect({round, a, Enum.reverse(log), :erlang.phash2(:array.to_list(a)), :array.sparse_to_orddict(a) |> length(), :array.sparse_foldl(fn i, x, acc -> [{i, x} | acc] end, [], a) |> Enum.reverse() == :array.sparse_to_orddict(a), :array.foldr(fn i, x, acc -> [{i, x} | acc] end, [], a) == :array.to_orddict(a)}, limit: :infinity, width: 300)
end
