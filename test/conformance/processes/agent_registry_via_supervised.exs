Logger.configure(level: :critical)
defmodule Counter do
  use Agent
  def start_link(name), do: Agent.start_link(fn -> 0 end, name: via(name))
  def via(name), do: {:via, Registry, {Reg, {:counter, name}}}
  def inc(name), do: Agent.get_and_update(via(name), &{&1, &1 + 1})
end
defmodule Srv do
  use GenServer, restart: :temporary, shutdown: 100
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: {:via, Registry, {Reg, name, :meta}})
  def init(n), do: {:ok, n}
  def handle_call(:who, _, n), do: {:reply, n, n}
end
defmodule Poll do
  def until(f) do
    if f.(), do: :ok, else: (Process.sleep(5); until(f))
  end
end
IO.inspect(Counter.child_spec(:x))
IO.inspect(Srv.child_spec(:y))
children = [{Registry, keys: :unique, name: Reg}, Supervisor.child_spec({Counter, :a}, id: :ca), Supervisor.child_spec({Counter, :b}, id: :cb), {Srv, :srv}]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect(Enum.map(1..3, fn _ -> Counter.inc(:a) end))
IO.inspect(Counter.inc(:b))
IO.inspect(GenServer.call({:via, Registry, {Reg, :srv}}, :who))
IO.inspect(Registry.lookup(Reg, :srv) |> Enum.map(&elem(&1, 1)))
IO.inspect(Registry.count(Reg))
Agent.cast(Counter.via(:a), &(&1 * 10))
IO.inspect(Agent.get(Counter.via(:a), & &1))
IO.inspect(Agent.update(Counter.via(:a), fn s -> s + 1 end))
IO.inspect(Agent.get(Counter.via(:a), fn s -> s end, 1000))
IO.inspect(:sys.get_state(GenServer.whereis(Counter.via(:b))))
[{pid, _}] = Registry.lookup(Reg, :srv)
ref = Process.monitor(pid)
GenServer.stop(pid, :shutdown)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r) end
Poll.until(fn -> Registry.lookup(Reg, :srv) == [] end)
IO.inspect(Registry.lookup(Reg, :srv))
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))
try do
  GenServer.call({:via, Registry, {Reg, :srv}}, :who)
catch
  :exit, r -> IO.inspect(r)
end
[{apid, _}] = Registry.lookup(Reg, {:counter, :a})
ref = Process.monitor(apid)
Process.exit(apid, :kill)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r) end
Poll.until(fn -> match?([{p, _}] when p != apid, Registry.lookup(Reg, {:counter, :a})) end)
IO.inspect(Counter.inc(:a))
[{bpid, _}] = Registry.lookup(Reg, {:counter, :b})
IO.inspect(Agent.stop(Counter.via(:b), :normal))
Poll.until(fn -> match?([{p, _}] when p != bpid, Registry.lookup(Reg, {:counter, :b})) end)
IO.inspect(Counter.inc(:b))
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.stop(sup))
IO.puts("end")
