# a process whose first call fails at once (a fun of another arity) shows the :erlang.apply/2 it started with
spawn(fn x -> x end)
Process.sleep(50)
spawn(:erlang, :apply, [fn x -> x end, []])
Process.sleep(50)
spawn(fn -> raise "inner" end)
Process.sleep(50)
spawn(NoSuch, :f, [1])
Process.sleep(50)
Process.flag(:trap_exit, true)
spawn_link(fn x -> x end)
Process.sleep(100)
receive do
  {:EXIT, _, {{:badarity, _}, trace}} -> IO.inspect(trace, label: "trace")
end

# spawn_monitor/1 alone checks the arity first
try do
  spawn_monitor(fn x -> x end)
rescue
  e -> IO.inspect(e)
end
