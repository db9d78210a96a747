{:ok, _} = Registry.start_link(keys: :unique, name: Names)
{:ok, _} = Registry.start_link(keys: :duplicate, name: PubSub)

defmodule Account do
  use GenServer
  def start_link(id), do: GenServer.start_link(__MODULE__, id, name: via(id))
  def via(id), do: {:via, Registry, {Names, {:account, id}, %{created: id * 10}}}
  def init(id), do: {:ok, %{id: id, balance: 0}}
  def handle_call({:deposit, n}, _, s), do: {:reply, s.balance + n, %{s | balance: s.balance + n}}
end

{:ok, a1} = Account.start_link(1)
{:ok, _a2} = Account.start_link(2)
IO.inspect(Account.start_link(1) |> elem(0), label: "dup start")
{:error, {:already_started, p}} = Account.start_link(1)
IO.inspect(p == a1, label: "same pid")
IO.inspect(GenServer.call(Account.via(1), {:deposit, 5}), label: "deposit")
IO.inspect(GenServer.call(Account.via(1), {:deposit, 7}), label: "deposit")
[{pid, val}] = Registry.lookup(Names, {:account, 1})
IO.inspect({pid == a1, val}, label: "lookup")
IO.inspect(Registry.lookup(Names, {:account, 99}), label: "missing")
IO.inspect(Registry.select(Names, [{{{:account, :"$1"}, :_, :"$2"}, [], [{{:"$1", :"$2"}}]}]) |> Enum.sort(), label: "select")
IO.inspect(Registry.match(Names, {:account, 2}, %{created: :_}) |> length(), label: "match")
IO.inspect(Registry.count(Names), label: "count")
IO.inspect(Registry.keys(Names, a1), label: "keys")
IO.inspect(Registry.meta(Names, :nothing), label: "meta")
:ok = Registry.put_meta(Names, :cfg, 42)
IO.inspect(Registry.meta(Names, :cfg), label: "meta")

IO.inspect(Registry.register(Names, :me, :v1), label: "reg")
IO.inspect(Registry.register(Names, :me, :v2) |> elem(0), label: "reg again")
IO.inspect(Registry.update_value(Names, :me, fn v -> {v, :updated} end), label: "update")
IO.inspect(Registry.lookup(Names, :me) |> Enum.map(&elem(&1, 1)), label: "value")
IO.inspect(Registry.unregister(Names, :me), label: "unregister")
IO.inspect(Registry.lookup(Names, :me), label: "gone")

parent = self()
subs =
  for i <- 1..3 do
    spawn(fn ->
      {:ok, _} = Registry.register(PubSub, "room:lobby", {:sub, i})
      if i == 2, do: Registry.register(PubSub, "room:other", :x)
      send(parent, {:ready, i})
      receive do
        {:broadcast, msg} -> send(parent, {:got, i, msg})
      end
      receive do :stop -> :ok end
    end)
  end
for i <- 1..3, do: receive(do: ({:ready, ^i} -> :ok))
Registry.dispatch(PubSub, "room:lobby", fn entries ->
  for {pid, {:sub, _}} <- entries, do: send(pid, {:broadcast, :hello})
end)
got = for _ <- 1..3, do: receive(do: ({:got, i, m} -> {i, m}))
IO.inspect(Enum.sort(got), label: "got")
IO.inspect(Registry.count_match(PubSub, "room:lobby", {:sub, :_}), label: "count_match")
IO.inspect(Registry.match(PubSub, "room:lobby", {:sub, :"$1"}, [{:>, :"$1", 1}]) |> Enum.map(&elem(&1, 1)) |> Enum.sort(), label: "match guard")
[s1 | _] = subs
ref = Process.monitor(s1)
send(s1, :stop)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
Process.sleep(50)
IO.inspect(length(Registry.lookup(PubSub, "room:lobby")), label: "after death")
IO.inspect(Registry.count(PubSub), label: "pubsub count")
IO.inspect(Registry.unregister_match(PubSub, "room:lobby", :nomatch), label: "unregister_match")
ref = Process.monitor(a1)
GenServer.stop(a1)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
Process.sleep(50)
IO.inspect(Registry.lookup(Names, {:account, 1}), label: "account gone")
IO.inspect(GenServer.whereis(Account.via(2)) |> is_pid(), label: "whereis via")
IO.inspect((try do GenServer.call(Account.via(1), :x) catch :exit, e -> e end), label: "call dead via")
