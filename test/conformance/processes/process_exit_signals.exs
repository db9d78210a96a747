target = fn ->
  spawn(fn ->
    receive do
      :never -> :ok
    end
  end)
end

Process.flag(:trap_exit, false)
for reason <- [:normal, :shutdown, :kill, {:custom, 1}] do
  pid = target.()
  ref = Process.monitor(pid)
  Process.exit(pid, reason)
  receive do
    {:DOWN, ^ref, :process, _, r} -> IO.puts("#{inspect(reason)} -> down with #{inspect(r)}")
  after
    100 ->
      IO.puts("#{inspect(reason)} -> still alive: #{Process.alive?(pid)}")
      Process.exit(pid, :kill)
  end
end

Process.register(self(), :main_proc)
trapper = spawn(fn ->
  Process.flag(:trap_exit, true)
  send(:main_proc, :trapping)
  loop = fn loop ->
    receive do
      {:EXIT, _from, :kill_me_now} -> exit(:told_to)
      {:EXIT, _from, r} -> send(:main_proc, {:trapped, r}); loop.(loop)
    end
  end
  loop.(loop)
end)
receive do: (:trapping -> :ok)
ref = Process.monitor(trapper)
Process.exit(trapper, :normal)
Process.exit(trapper, :shutdown)
Process.exit(trapper, {:any, :term})
for _ <- 1..3, do: receive(do: ({:trapped, r} -> IO.inspect(r, label: "trapped")))
Process.exit(trapper, :kill)
receive do
  {:DOWN, ^ref, :process, _, r} -> IO.inspect(r, label: "trapper after kill")
end
