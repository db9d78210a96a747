defmodule P do
  def run do
    IO.inspect(Process.info(self(), :registered_name))
    IO.inspect(Process.send(self(), :x, []))
    r = Process.send_after(self(), :y, 100)
    IO.inspect(is_integer(Process.read_timer(r)))
    IO.inspect(is_integer(Process.cancel_timer(r)))
    IO.inspect(Process.cancel_timer(r))
    IO.inspect(Process.read_timer(r))
    IO.inspect(Process.sleep(1))
    IO.inspect(Process.flag(:trap_exit, true))
    IO.inspect(Process.flag(:trap_exit, false))
    IO.inspect(Process.demonitor(make_ref()))
    IO.inspect(Process.unlink(self()))
    IO.inspect(Process.register(self(), :me))
    IO.inspect(Process.registered() |> Enum.member?(:me))
    IO.inspect(Process.whereis(:me) == self())
    IO.inspect(Process.unregister(:me))
    try do Process.register(self(), nil) rescue e -> IO.inspect(e.__struct__) end
    IO.inspect(Process.whereis(:nope))
    IO.inspect(:timer.tc(fn -> 1 end) |> elem(1))
    IO.inspect(:timer.tc(fn x -> x end, [2]) |> elem(1))
    IO.inspect(:timer.tc(Enum, :sum, [[1, 2]]) |> elem(1))
    IO.inspect(:timer.sleep(1))
    IO.inspect(:timer.seconds(2))
    IO.inspect(Process.alive?(self()))
    p = spawn(fn -> receive do _ -> :ok end end)
    Process.sleep(10)
    IO.inspect(Process.info(p, :message_queue_len))
    ref = Process.monitor(p)
    send(p, :go)
    receive do {:DOWN, ^ref, :process, ^p, reason} -> IO.inspect(reason) end
    IO.inspect(Process.alive?(p))
    IO.inspect(Process.info(p, :status))
    ref2 = Process.monitor(p)
    receive do {:DOWN, ^ref2, :process, ^p, reason} -> IO.inspect(reason) end
    {pid, ref3} = Process.spawn(fn -> exit(:bye) end, [:monitor])
    receive do {:DOWN, ^ref3, :process, ^pid, reason} -> IO.inspect(reason) end
    Process.flag(:trap_exit, true)
    pid = Process.spawn(fn -> exit(:linked_bye) end, [:link])
    receive do {:EXIT, ^pid, reason} -> IO.inspect(reason) end
    pid = spawn(fn -> Process.sleep(:infinity) end)
    Process.link(pid)
    Process.exit(pid, :kill)
    receive do {:EXIT, ^pid, reason} -> IO.inspect(reason) end
    Process.send_after(self(), :later, 10)
    receive do :later -> IO.puts("later") end
  end
end
P.run()
