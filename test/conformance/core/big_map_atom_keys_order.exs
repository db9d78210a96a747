# A map of more than 32 keys is a hash trie on the BEAM, listed in the order of its keys' internal
# hashes; an atom hashes by its atom-table index. For the atoms every node has at boot (:ok,
# :error, :name, ...) beamlet uses the same index, so such maps (and ETS sets keyed by tuples of
# them) list in the BEAM's order.
keys = ~w(ok error name value id type data state status result reason message error_logger file line
          module function arity args key keys values list map atom binary integer float pid ref port
          node self true false nil undefined infinity timeout normal shutdown kill exit badarg)a

m = Map.new(Enum.with_index(keys))
IO.inspect(Map.keys(m))
IO.inspect(Map.values(m))
IO.inspect(Enum.map(m, fn {k, _} -> k end))
IO.inspect(for {k, v} <- m, rem(v, 5) == 0, do: k)
IO.inspect(m, limit: 12)
IO.inspect(MapSet.new(keys) |> MapSet.to_list() |> Enum.take(10))
IO.inspect(Map.new(Enum.with_index(keys), fn {k, i} -> {{k, i}, i} end) |> Map.keys() |> Enum.take(10))

config = Map.new(keys, &{&1, Atom.to_string(&1)}) |> Map.put(:extra, "x")
IO.inspect(Map.keys(config) |> Enum.take(10))

t = :ets.new(:atoms, [:set])
for {k, i} <- Enum.with_index(keys), do: :ets.insert(t, {{k, rem(i, 3)}, i})
IO.inspect(:ets.tab2list(t) |> Enum.map(&elem(&1, 0)) |> Enum.take(12))
IO.inspect(:ets.first(t))
