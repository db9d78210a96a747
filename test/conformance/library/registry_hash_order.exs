# Registry's key tables are write_concurrency ETS tables as Elixir creates them, so select and
# match list entries in OTP's lock-by-lock hash order; match/count_match compare the key with =:=
# (the key :_ is a key, not a wildcard).
{:ok, _} = Registry.start_link(keys: :duplicate, name: R)
{:ok, _} = Registry.start_link(keys: :unique, name: U)
for t <- ["alpha", "beta", "gamma", "delta", "eps"], do: Registry.register(R, t, String.length(t))
for i <- 1..12, do: Registry.register(U, i, i * i)
IO.inspect(Registry.select(R, [{{:"$1", :_, :"$3"}, [], [{{:"$1", :"$3"}}]}]))
IO.inspect(Registry.select(U, [{{:"$1", :_, :"$3"}, [], [{{:"$1", :"$3"}}]}]))
IO.inspect(Registry.lookup(R, "beta") |> Enum.map(&elem(&1, 1)))
IO.inspect(Registry.count(U))
IO.inspect(Registry.match(U, :_, :_) |> Enum.map(&elem(&1, 1)))
Registry.register(U, :_, :wild)
IO.inspect(Registry.match(U, :_, :_))
IO.inspect(Registry.match(R, "alpha", :"$1", [{:>, :"$1", 4}]))
IO.inspect(Registry.count_match(R, "beta", :_))
IO.inspect(Registry.count_match(U, 3, 9))
IO.inspect(Registry.match(U, 1.0, :_))
