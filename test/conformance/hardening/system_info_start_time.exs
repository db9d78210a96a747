# :erlang.system_info(:start_time): the monotonic time (native units) when the node started
s = :erlang.system_info(:start_time)
IO.inspect(is_integer(s))
IO.inspect(s <= System.monotonic_time())
IO.inspect(s == :erlang.system_info(:start_time))
IO.inspect(System.monotonic_time() - s < System.convert_time_unit(60, :second, :native))
