# A seeded property check of :ets order: random keys of many kinds, random inserts and deletes
# on set, bag and duplicate_bag tables of random sizes, printed as digests (length, phash2 and the
# ends) so any difference in order shows. The generator is a plain LCG, so the run is the same on
# every VM; change SEED to explore, the golden comes from real Elixir.
defmodule Gen do
  @seed 20_261_202

  def seed, do: @seed
  def next(s), do: rem(s * 1_103_515_245 + 12_345, 2_147_483_648)

  def int(s, n) do
    s = next(s)
    {div(s, 65_536) |> rem(n), s}
  end

  def key(s) do
    {kind, s} = int(s, 9)
    {a, s} = int(s, 100_000)
    {b, s} = int(s, 1000)

    key =
      case kind do
        0 -> a
        1 -> -a
        2 -> a * 1_000_000_000_000_000_000 + b
        3 -> a / (b + 1)
        4 -> "k" <> Integer.to_string(a)
        5 -> {rem(a, 50), Integer.to_string(b)}
        6 -> Integer.to_charlist(a)
        7 -> [rem(a, 300), b]
        8 -> Enum.at([:alpha, :beta, :gamma, :delta, :epsilon, :zeta, :eta, :theta, nil, true], rem(a, 10))
      end

    {key, s}
  end
end

digest = fn l -> {length(l), :erlang.phash2(l), Enum.take(l, 3), Enum.take(l, -2)} end

walk = fn t ->
  Stream.unfold(:ets.first(t), fn
    :"$end_of_table" -> nil
    k -> {k, :ets.next(t, k)}
  end)
  |> Enum.to_list()
end

Enum.reduce(1..24, Gen.seed(), fn round, s ->
  kind = Enum.at([:set, :bag, :duplicate_bag], rem(round, 3))
  t = :ets.new(:prop, [kind])
  {size, s} = Gen.int(s, Enum.at([40, 400, 3000], rem(div(round, 3), 3)))

  {keys, s} =
    Enum.map_reduce(1..(size + 1), s, fn _, s -> Gen.key(s) end)

  Enum.with_index(keys, fn k, i -> :ets.insert(t, {k, rem(i, 4)}) end)

  s =
    Enum.reduce(1..div(size, 3), s, fn _, s ->
      {i, s} = Gen.int(s, length(keys))
      :ets.delete(t, Enum.at(keys, i))
      s
    end)

  IO.inspect({round, kind, :ets.info(t, :size), digest.(walk.(t)), digest.(:ets.tab2list(t))})
  :ets.delete(t)
  s
end)
