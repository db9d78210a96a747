# exit(:normal) from a linked process does not kill a non-trapping process
parent = self()
worker = spawn(fn ->
  spawn_link(fn -> exit(:normal) end)
  Process.sleep(50)
  send(parent, :worker_survived_normal)
  spawn_link(fn -> exit(:abnormal) end)
  Process.sleep(50)
  send(parent, :should_not_get_here)
end)
ref = Process.monitor(worker)
receive do
  :worker_survived_normal -> IO.puts("worker survived a normal exit")
end
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "worker died")
end
receive do
  :should_not_get_here -> IO.puts("wrong")
after
  50 -> IO.puts("no more messages")
end
Process.flag(:trap_exit, true)
p = spawn_link(fn -> :done end)
receive do
  {:EXIT, ^p, :normal} -> IO.puts("trapping: got {:EXIT, pid, :normal}")
end
IO.inspect(Process.flag(:trap_exit, false))
