# Maps of more than 32 keys whose keys are tuples holding atoms, built from seeded random picks
# (the seed is printed): the BEAM lists them in the order of make_internal_hash, which hashes a
# nested atom by its atom-table index (the order atoms were created in the running system), so
# the same keys list differently when their atoms are made in another order.
seed = 20_261_204
IO.puts("seed #{seed}")
:rand.seed(:exsss, {seed, 7, 11})
atoms = [:ok, :error, :a, :b, :c, :x, :y, :name, :value, :key, :true, :false, :nil, :foo, :bar]

for round <- 1..4 do
  n = 33 + :rand.uniform(40)
  keys =
    for i <- 1..n do
      a = Enum.at(atoms, :rand.uniform(length(atoms)) - 1)
      case :rand.uniform(3) do
        1 -> {a, i}
        2 -> {i, a, "s"}
        3 -> {a, Enum.at(atoms, :rand.uniform(length(atoms)) - 1), i}
      end
    end
  m = Map.new(keys, &{&1, true})
  IO.puts("round #{round}: #{map_size(m)} keys")
  IO.inspect(Enum.take(Map.keys(m), 8))
  IO.inspect(Enum.take(Enum.map(m, fn {k, _} -> k end), 8))
end
