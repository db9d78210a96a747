# :erlang.system_info(:ets_count / :port_count) and statistics(:run_queue), as runtime_info/0
# reads them: counts that follow the tables made and deleted (the node's own figures differ).
before = :erlang.system_info(:ets_count)
t1 = :ets.new(:a, [])
t2 = :ets.new(:b, [:named_table])
IO.inspect(:erlang.system_info(:ets_count) - before)
:ets.delete(t1)
IO.inspect(:erlang.system_info(:ets_count) - before)
:ets.delete(t2)
IO.inspect(:erlang.system_info(:ets_count) - before)
IO.inspect(is_integer(:erlang.system_info(:port_count)))
IO.inspect(:erlang.system_info(:port_count) <= :erlang.system_info(:port_limit))
IO.inspect(is_integer(:erlang.statistics(:run_queue)))
