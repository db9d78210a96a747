# A session cache keyed by tuples and strings, listed with tab2list, first/next and match as a
# real program prints them (no sorting), then expired entries dropped with select_delete. (Keys
# with atoms inside tuples hash by atom-table index on the BEAM: beamlet cannot match that order.)
cache = :ets.new(:sessions, [:set, :named_table, :public])

users = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy"]

users
|> Enum.with_index(1)
|> Enum.each(fn {name, i} ->
  :ets.insert(cache, {{"user", i}, name, i * 100})
  :ets.insert(cache, {"token-" <> name, i, rem(i * 37, 11)})
end)

IO.inspect(:ets.tab2list(:sessions), limit: :infinity)
IO.inspect(:ets.match(:sessions, {{"user", :"$1"}, :"$2", :_}), limit: :infinity)
IO.inspect(:ets.select(:sessions, [{{:"$1", :_, :"$2"}, [{:is_binary, :"$1"}, {:<, :"$2", 5}], [{{:"$1", :"$2"}}]}]))

key = :ets.first(:sessions)
IO.inspect(key)
IO.inspect(:ets.next(:sessions, key))

removed = :ets.select_delete(:sessions, [{{:_, :_, :"$1"}, [{:<, :"$1", 4}], [true]}])
IO.inspect(removed)
IO.inspect(:ets.tab2list(:sessions) |> Enum.map(&elem(&1, 0)), limit: :infinity)
