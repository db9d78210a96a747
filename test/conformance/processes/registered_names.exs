pid = spawn(fn ->
  receive do
    {:hello, from} -> send(from, :hi_from_registered)
  end
  receive do: (:never -> :ok)
end)
IO.inspect(Process.register(pid, :greeter))
IO.inspect(Process.whereis(:greeter) == pid)
IO.inspect(Process.whereis(:nobody))
send(:greeter, {:hello, self()})
receive do
  m -> IO.inspect(m)
end
IO.inspect(:greeter in Process.registered())
IO.inspect(Process.info(pid, :registered_name))
try do
  Process.register(self(), :greeter)
rescue
  e in ArgumentError -> IO.puts("ArgumentError: " <> Exception.message(e))
end
try do
  send(:not_registered, :msg)
rescue
  e in ArgumentError -> IO.puts("send failed: " <> Exception.message(e))
end
IO.inspect(Process.unregister(:greeter))
IO.inspect(Process.whereis(:greeter))
Process.register(pid, :again)
ref = Process.monitor(pid)
Process.exit(pid, :kill)
receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r))
IO.inspect(Process.whereis(:again))
IO.inspect(Process.info(self(), :registered_name))
Process.register(self(), :main)
IO.inspect(Process.info(self(), :registered_name))
