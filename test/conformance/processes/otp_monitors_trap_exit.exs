defmodule M do
  def part1(parent) do
pid = spawn(fn -> receive do {:exit, r} -> exit(r) end end)
ref = Process.monitor(pid)
IO.inspect(Process.demonitor(ref), label: "demonitor")
send(pid, {:exit, :bye})
Process.sleep(20)
IO.inspect(Process.info(self(), :messages), label: "no DOWN")
pid2 = spawn(fn -> exit(:quick) end)
ref2 = Process.monitor(pid2)
Process.sleep(20)
IO.inspect(Process.demonitor(ref2, [:flush, :info]), label: "flush info")
IO.inspect(Process.info(self(), :message_queue_len), label: "queue")
ref3 = Process.monitor(pid2)
receive do {:DOWN, ^ref3, :process, ^pid2, r} -> IO.inspect(r, label: "noproc DOWN") end
ref4 = Process.monitor(:no_such_name)
receive do {:DOWN, ^ref4, :process, who, r} -> IO.inspect({who, r}, label: "named DOWN") end
  end
  def part2(parent) do

Process.flag(:trap_exit, true)
l1 = spawn_link(fn -> exit(:custom) end)
receive do {:EXIT, ^l1, r} -> IO.inspect(r, label: "EXIT custom") end
l2 = spawn_link(fn -> :ok end)
receive do {:EXIT, ^l2, r} -> IO.inspect(r, label: "EXIT normal") end
l3 = spawn_link(fn -> raise "oops" end)
receive do {:EXIT, ^l3, {%RuntimeError{message: m}, [_ | _]}} -> IO.inspect(m, label: "EXIT raise") end
    # (the first crash report of the node takes the logger a while: it comes here)
    Process.sleep(1000)
l4 = spawn_link(fn -> Process.sleep(:infinity) end)
Process.exit(l4, :shutdown)
receive do {:EXIT, ^l4, r} -> IO.inspect(r, label: "EXIT shutdown") end
Process.exit(self(), :from_self_sent)
receive do {:EXIT, ^parent, r} -> IO.inspect(r, label: "self EXIT") end
l5 = spawn(fn -> Process.sleep(:infinity) end)
Process.link(l5)
Process.unlink(l5)
Process.exit(l5, :kill)
Process.sleep(10)
IO.inspect(Process.info(self(), :messages), label: "unlinked no EXIT")
IO.inspect(Process.alive?(l5), label: "l5 alive")
IO.inspect(Process.exit(spawn(fn -> :ok end), :normal), label: "exit normal to other")
chain = spawn(fn ->
  Process.flag(:trap_exit, true)
  c = spawn_link(fn -> receive do :go -> exit(:child_died) end end)
  send(parent, {:child, c})
  receive do
    {:EXIT, ^c, r} -> send(parent, {:relay, r})
  end
end)
receive do {:child, c} -> send(c, :go) end
receive do {:relay, r} -> IO.inspect(r, label: "relay") end
Process.sleep(10)
IO.inspect(Process.alive?(chain), label: "chain alive")
IO.inspect(Process.info(self(), :trap_exit), label: "trap")
{pid6, ref6} = spawn_monitor(fn -> throw(:ball) end)
receive do {:DOWN, ^ref6, _, ^pid6, {r, _}} -> IO.inspect(r, label: "throw DOWN") end

  end
end
M.part1(self())
M.part2(self())
Process.sleep(300)
