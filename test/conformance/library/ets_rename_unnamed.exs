# :ets.rename/2 of an unnamed table renames it (info name) and answers its id
tab = :ets.new(:t, [:public])
IO.inspect :ets.rename(tab, :x) == tab
IO.inspect :ets.info(tab, :name)
IO.inspect :ets.info(tab, :named_table)
IO.inspect :ets.whereis(:x)
_n = :ets.new(:n, [:named_table])
IO.inspect :ets.rename(:n, :n2)
IO.inspect :ets.info(:n2, :name)
