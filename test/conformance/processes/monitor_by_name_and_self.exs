# :erlang.monitor/2 of {name, node()} as of a name, a process monitoring itself, and what
# Process.info(:monitors) shows of monitors by name
defmodule Main do
  def run do
    Process.register(self(), :me)
    ref = :erlang.monitor(:process, :me)
    IO.inspect(Process.info(self(), :monitors))
    IO.inspect(Process.demonitor(ref, [:info]))
    ref = :erlang.monitor(:process, self())
    IO.inspect(Process.info(self(), :monitors))
    IO.inspect(Process.demonitor(ref, [:info]))
    ref = Process.monitor({:me, node()})
    IO.inspect(Process.demonitor(ref, [:info]))
    p = spawn(fn -> Process.register(self(), :other); receive do _ -> :ok end end)
    wait_registered(:other)
    r1 = :erlang.monitor(:process, {:other, node()})
    r2 = :erlang.monitor(:process, :other)
    r3 = :erlang.monitor(:process, p)
    {:monitors, ms} = Process.info(self(), :monitors)
    IO.inspect(Enum.map(ms, fn {:process, t} -> if t == p, do: :pid, else: t end))
    IO.inspect(Process.info(p, :monitored_by) == {:monitored_by, [self(), self(), self()]})
    send(p, :go)
    for _ <- 1..3 do
      receive do
        {:DOWN, r, :process, who, why} -> IO.inspect({r == r1, r == r2, r == r3, who == p, who, why})
      end
    end
    r = Process.monitor({:gone, node()})
    receive do {:DOWN, ^r, :process, who, why} -> IO.inspect({who, why}) end
    for t <- [{:foo, :other@host}, {:foo, "x"}, {1, node()}, {:a, :b, :c}, "name"] do
      IO.inspect(try do :erlang.monitor(:process, t) rescue e -> Exception.message(e) end)
    end
  end

  def wait_registered(name) do
    if Process.whereis(name), do: :ok, else: (Process.sleep(1); wait_registered(name))
  end
end

Main.run()
