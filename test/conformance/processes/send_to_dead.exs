defmodule Main do
  def run do
    pid = spawn(fn -> :ok end)
    ref = Process.monitor(pid)
    receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
    IO.inspect(send(pid, :lost), label: "send to dead pid returns")
    IO.inspect(Process.alive?(pid))
    IO.inspect(GenServer.cast(:nobody_here, :msg), label: "cast to unknown name")
    IO.inspect(GenServer.cast(pid, :msg), label: "cast to dead pid")
    IO.inspect(Process.exit(pid, :kill), label: "exit to dead pid")
    IO.inspect(Process.info(pid), label: "info of dead pid")
    IO.inspect(Process.info(pid, :status))
    Process.register(self(), :me)
    IO.inspect(send({:me, node()}, :via_tuple), label: "send to {name, node}")
    receive do: (:via_tuple -> IO.puts("received via {name, node}"))
    IO.inspect(send(:me, {:x, 1}))
    receive do: ({:x, n} -> IO.inspect(n))
  end
end

Main.run()
