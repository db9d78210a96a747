{:ok, _} = Registry.start_link(keys: :duplicate, name: Pub)
{:ok, _} = Registry.start_link(keys: :unique, name: Uniq)
parent = self()
subs = for i <- 1..3 do
  spawn(fn ->
    {:ok, _} = Registry.register(Pub, "topic", i)
    if i == 2, do: {:ok, _} = Registry.register(Pub, "other", :x)
    send(parent, {:ready, i})
    receive do
      {:msg, m} -> send(parent, {:got, i, m})
    end
    receive do :stop -> :ok end
  end)
end
for i <- 1..3, do: receive(do: ({:ready, ^i} -> :ok))
IO.inspect(Registry.count(Pub))
IO.inspect(Registry.lookup(Pub, "topic") |> Enum.map(&elem(&1, 1)) |> Enum.sort())
Registry.dispatch(Pub, "topic", fn entries ->
  for {pid, v} <- Enum.sort_by(entries, &elem(&1, 1)), do: send(pid, {:msg, v * 100})
end)
got = for _ <- 1..3, do: receive(do: ({:got, i, m} -> {i, m}))
IO.inspect(Enum.sort(got))
IO.inspect(Registry.keys(Pub, Enum.at(subs, 1)) |> Enum.sort())
IO.inspect(Registry.match(Pub, "topic", 2) |> length())
IO.inspect(Registry.match(Pub, "topic", {:_}) |> length())
IO.inspect(Registry.count_match(Pub, "topic", :_, [{:>, :"$_", 0}]))
{:ok, owner} = Registry.register(Uniq, :me, :meta)
IO.inspect(is_pid(owner))
IO.inspect(Registry.register(Uniq, :me, :again))
IO.inspect(Registry.lookup(Uniq, :me) == [{self(), :meta}])
IO.inspect(Registry.update_value(Uniq, :me, &{&1, :updated}))
IO.inspect(Registry.values(Uniq, :me, self()))
IO.inspect(Registry.unregister(Uniq, :me))
IO.inspect(Registry.lookup(Uniq, :me))
IO.inspect(Registry.update_value(Uniq, :me, & &1))
Registry.put_meta(Uniq, :cfg, 42)
IO.inspect(Registry.meta(Uniq, :cfg))
IO.inspect(Registry.meta(Uniq, :nope))
[s1 | _] = subs
ref = Process.monitor(s1)
send(s1, :stop)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
Process.sleep(50)
IO.inspect(Registry.count(Pub))
{:ok, _} = Agent.start_link(fn -> 0 end, name: {:via, Registry, {Uniq, "agent", :val}})
IO.inspect(Agent.get({:via, Registry, {Uniq, "agent"}}, & &1 + 1))
IO.inspect(Registry.lookup(Uniq, "agent") |> Enum.map(&elem(&1, 1)))
IO.inspect(Agent.start_link(fn -> 0 end, name: {:via, Registry, {Uniq, "agent"}}) |> elem(0))
IO.inspect(Registry.select(Uniq, [{{:"$1", :_, :"$3"}, [], [{{:"$1", :"$3"}}]}]))
