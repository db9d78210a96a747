# :ets.match, match_object, select with match specifications
t = :ets.new(:people, [:ordered_set])
:ets.insert(t, [
  {1, "ann", 31, :admin},
  {2, "bob", 17, :user},
  {3, "cy", 45, :user},
  {4, "di", 28, :guest}
])
IO.inspect(:ets.match(t, {:"$1", :"$2", :_, :user}))
IO.inspect(:ets.match(t, {:_, :"$2", :"$1", :_}))
IO.inspect(:ets.match(t, {:"$1", :_, :_, :admin}))
IO.inspect(:ets.match(t, {:_, :_, :_, :nobody}))
IO.inspect(:ets.match(t, {:"$1", :"$1", :_, :_}))
IO.inspect(:ets.match_object(t, {:_, :_, :_, :user}))
IO.inspect(:ets.select(t, [{{:"$1", :"$2", :"$3", :_}, [{:>, :"$3", 30}], [:"$2"]}]))
IO.inspect(:ets.select(t, [{{:"$1", :"$2", :"$3", :_}, [{:>, :"$3", 30}], [:"$$"]}]))
IO.inspect(:ets.select(t, [{{:"$1", :_, :_, :_}, [{:<, :"$1", 3}], [:"$_"]}]))
IO.inspect(:ets.select(t, [{{:"$1", :"$2", :"$3", :"$4"}, [{:andalso, {:>=, :"$3", 18}, {:"/=", :"$4", :admin}}], [{{:"$2", :"$4"}}]}]))
IO.inspect(:ets.select(t, [{{:"$1", :"$2", :_, :_}, [{:orelse, {:==, :"$1", 1}, {:==, :"$1", 4}}], [{{:id, :"$1"}}]}]))
IO.inspect(:ets.select(t, [{{:_, :"$1", :"$2", :_}, [{:is_integer, :"$2"}, {:rem, :"$2", 2} |> then(&{:==, &1, 1})], [{:+, :"$2", 100}]}]))
IO.inspect(:ets.select(t, [{{:_, :"$1", :_, :guest}, [], [:"$1"]}, {{:_, :"$1", :_, :admin}, [], [{:const, :an_admin}]}]))
IO.inspect(:ets.select(t, [{{:_, :"$1", :"$2", :_}, [{:element, 1, {{:"$2"}}}], [[:"$1", :"$2"]]}]) |> length())
IO.inspect(:ets.select(t, [{{:"$1", :_, :_, :_}, [{:not, {:is_atom, :"$1"}}], [{:*, :"$1", :"$1"}]}]))
IO.inspect(:ets.select(t, [{{:_, :"$1", :_, :"$2"}, [{:"=:=", :"$2", :user}], [{:byte_size, :"$1"}]}]))
IO.inspect(:ets.select_count(t, [{{:_, :_, :"$1", :_}, [{:<, :"$1", 40}], [true]}]))
IO.inspect(:ets.select_delete(t, [{{:_, :_, :_, :user}, [], [true]}]))
IO.inspect(:ets.tab2list(t))
IO.inspect(:ets.select(t, [{:_, [], [:"$_"]}]))
IO.inspect(:ets.select(t, [{{:"$1", :_, :_, :_}, [{:is_float, :"$1"}], [:"$1"]}]))
IO.inspect(:ets.select(t, [{{:"$1", :_, :_, :_}, [{:badfun, :"$1"}], [:"$1"]}]) |> then(fn x -> x end))
