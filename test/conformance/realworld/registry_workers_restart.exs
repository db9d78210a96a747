defmodule Worker do
  use GenServer

  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: via(name))
  def via(name), do: {:via, Registry, {Reg, {:worker, name}, %{started: name}}}
  def ping(name), do: GenServer.call(via(name), :ping)
  def crash(name), do: GenServer.cast(via(name), :crash)

  @impl true
  def init(name) do
    Registry.register(Dup, :topic_all, name)
    if String.starts_with?(name, "a"), do: Registry.register(Dup, :topic_a, String.length(name))
    {:ok, %{name: name, pings: 0}}
  end

  @impl true
  def handle_call(:ping, _from, s), do: {:reply, {s.name, s.pings + 1}, %{s | pings: s.pings + 1}}
  @impl true
  def handle_cast(:crash, _s), do: raise("boom")
  @impl true
  def handle_info({:broadcast, msg}, s) do
    send(:main, {:got, s.name, msg})
    {:noreply, s}
  end
end

Process.register(self(), :main)
{:ok, _} = Registry.start_link(keys: :unique, name: Reg)
{:ok, _} = Registry.start_link(keys: :duplicate, name: Dup, partitions: 2)

children = for n <- ~w(alpha beta amber), do: Supervisor.child_spec({Worker, n}, id: n)
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, max_restarts: 5)

IO.inspect(Worker.ping("alpha"))
IO.inspect(Worker.ping("alpha"))
IO.inspect(Registry.lookup(Reg, {:worker, "beta"}) |> Enum.map(fn {p, v} -> {is_pid(p), v} end))
IO.inspect(Registry.keys(Reg, GenServer.whereis(Worker.via("amber"))))
IO.inspect(Registry.count(Reg))
IO.inspect(Registry.count(Dup))
IO.inspect(Registry.lookup(Dup, :topic_a) |> Enum.map(&elem(&1, 1)) |> Enum.sort())
IO.inspect(Registry.select(Reg, [{{:"$1", :_, :"$3"}, [], [{{:"$1", :"$3"}}]}]) |> Enum.sort())
IO.inspect(Registry.match(Dup, :topic_all, "beta") |> length())
IO.inspect(Registry.match(Dup, :topic_a, :"$1", [{:>, :"$1", 4}]) |> Enum.map(&elem(&1, 1)))
IO.inspect(Registry.count_match(Dup, :topic_all, :_))

Registry.dispatch(Dup, :topic_all, fn entries ->
  for {pid, _} <- entries, do: send(pid, {:broadcast, :hello})
end)
got = for _ <- 1..3, do: (receive do {:got, n, m} -> {n, m} end)
IO.inspect(Enum.sort(got))

old = GenServer.whereis(Worker.via("alpha"))
ref = Process.monitor(old)
Worker.crash("alpha")
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(elem(reason, 0), label: "down")
end
Process.sleep(50)
new = GenServer.whereis(Worker.via("alpha"))
IO.inspect({is_pid(new), new != old})
IO.inspect(Worker.ping("alpha"))
IO.inspect(Registry.lookup(Dup, :topic_a) |> Enum.map(&elem(&1, 1)) |> Enum.sort())
IO.inspect(Registry.count(Dup))

IO.inspect(Registry.register(Reg, {:worker, "beta"}, nil) |> elem(0))
{:error, {:already_registered, p}} = Registry.register(Reg, {:worker, "beta"}, nil)
IO.inspect(p == GenServer.whereis(Worker.via("beta")))
IO.inspect(Registry.register(Reg, :me, 1))
IO.inspect(Registry.update_value(Reg, :me, &(&1 + 41)))
IO.inspect(Registry.lookup(Reg, :me) |> Enum.map(&elem(&1, 1)))
IO.inspect(Registry.unregister(Reg, :me))
IO.inspect(Registry.lookup(Reg, :me))
IO.inspect(Registry.meta(Reg, :nothing))
IO.inspect(Registry.put_meta(Reg, :cfg, [a: 1]))
IO.inspect(Registry.meta(Reg, :cfg))
IO.inspect(GenServer.whereis({:via, Registry, {Reg, :nobody}}))
IO.inspect(catch_exit_result = (try do
  GenServer.call({:via, Registry, {Reg, :nobody}}, :x)
catch
  :exit, r -> r
end))
Supervisor.stop(sup)
Process.sleep(20)
IO.inspect(Registry.count(Reg))
IO.inspect(Registry.count(Dup))
