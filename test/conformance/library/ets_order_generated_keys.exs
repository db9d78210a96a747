# ETS iteration order of :set, :bag and :duplicate_bag tables over seeded generated keys (atoms the
# boot makes or the script names, tuples of them with integers, binaries, floats, bignums,
# charlists, nested tuples and lists, small maps): tab2list, foldl, select, match and first/next
# all walk OTP 25's hash order
IO.puts("seed 2026")
t0 = :ets.new(:t0, [:set])
for k <- [{:init, 1}, {:handle_info, 2}, {:handle_call, 3}, {:handle_cast, 2}, {:terminate, 2}, :a, :b, "x", 1, 2, 3.0], do: :ets.insert(t0, {k, 1})
IO.inspect(:ets.tab2list(t0) |> Enum.map(&elem(&1, 0)))
seed = 2026
:rand.seed(:exsss, {seed, 7, 11})
atoms = [:ok, :error, :init, :handle_call, :handle_info, :handle_cast, :terminate, :code_change, :name, :value, :true, :false, nil, :undefined, :infinity, :normal, :foo_bar, :zed]
gen = fn gen, d ->
  case :rand.uniform(if d > 2, do: 6, else: 10) do
    1 -> Enum.random(atoms)
    2 -> :rand.uniform(2000) - 1000
    3 -> :rand.uniform() * 100
    4 -> Enum.random(["", "x", "hello", "abcdefghij", <<1, 2, 3>>])
    5 -> :rand.uniform(Bitwise.bsl(1, 70)) 
    6 -> Enum.random([~c"ab", [], ~c"hello world"])
    7 -> List.to_tuple(for _ <- 1..:rand.uniform(3), do: gen.(gen, d + 1))
    8 -> {Enum.random(atoms), :rand.uniform(5)}
    9 -> for _ <- 1..:rand.uniform(3), do: gen.(gen, d + 1)
    10 -> %{Enum.random(atoms) => gen.(gen, d + 1)}
  end
end
for type <- [:set, :bag, :duplicate_bag], round <- 1..4 do
  t = :ets.new(:t, [type])
  for i <- 1..(round * 15) do
    :ets.insert(t, {gen.(gen, 0), i})
  end
  IO.inspect({type, round, :ets.tab2list(t)}, limit: :infinity)
  IO.inspect(:ets.foldl(fn {k, _}, acc -> [k | acc] end, [], t), limit: :infinity)
  IO.inspect(:ets.select(t, [{{:"$1", :"$2"}, [{:<, :"$2", 10}], [:"$1"]}]), limit: :infinity)
  first = :ets.first(t)
  IO.inspect(:ets.match(t, {:"$1", :_}), limit: :infinity)
  IO.inspect(Stream.unfold(first, fn :"$end_of_table" -> nil; k -> {k, :ets.next(t, k)} end) |> Enum.to_list(), limit: :infinity)
end
