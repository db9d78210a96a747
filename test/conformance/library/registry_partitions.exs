# Registry.start_link starts a supervisor (Registry.Supervisor) of `:partitions` Registry.Partition
# processes, as Elixir 1.14 does: the children, their names and initial calls, the partition a
# registering process links to (its pid's hash), unique keys spread over the partitions by their
# hash, duplicate keys looked up across partitions, cleanup when a process dies, bad options.
{:ok, sup} = Registry.start_link(keys: :unique, name: Names)
IO.inspect(Process.whereis(Names) == sup)
IO.inspect(Supervisor.which_children(Names) |> Enum.map(fn {id, pid, type, mods} -> {id, is_pid(pid), type, mods} end))
IO.inspect(Supervisor.count_children(Names))
{:dictionary, dict} = Process.info(sup, :dictionary)
IO.inspect(Keyword.get(dict, :"$initial_call"))
[{_, part, _, _}] = Supervisor.which_children(Names)
IO.inspect(Process.info(part, :registered_name))
{:dictionary, dict} = Process.info(part, :dictionary)
IO.inspect(Keyword.get(dict, :"$initial_call"))
{:ok, owner} = Registry.register(Names, :a, 1)
IO.inspect(owner == part)
IO.inspect({:partition_linked, part in elem(Process.info(self(), :links), 1)})
:ok = Registry.unregister(Names, :a)
IO.inspect({:partition_linked, part in elem(Process.info(self(), :links), 1)})

{:ok, _} = Registry.start_link(keys: :unique, name: Spread, partitions: 4)
IO.inspect(Supervisor.which_children(Spread) |> Enum.map(fn {id, _, _, _} -> id end))

for i <- 1..8 do
  {:ok, owner} = Registry.register(Spread, {:key, i}, i)
  IO.inspect({i, Process.info(owner, :registered_name)})
end

IO.inspect(Registry.keys(Spread, self()))
IO.inspect(Registry.count(Spread))
IO.inspect(Registry.lookup(Spread, {:key, 5}))
IO.inspect(Registry.select(Spread, [{{:"$1", :_, :"$2"}, [], [:"$2"]}]) |> Enum.sort())
IO.inspect(Registry.register(Spread, {:key, 3}, :again))

{:ok, _} = Registry.start_link(keys: :duplicate, name: Topics, partitions: 3)
parent = self()

workers =
  for n <- 1..5 do
    spawn(fn ->
      {:ok, owner} = Registry.register(Topics, :news, n)
      send(parent, {:registered, n, Process.info(owner, :registered_name)})
      receive do: (:stop -> :ok)
    end)
  end

for n <- 1..5, do: receive(do: ({:registered, ^n, name} -> IO.inspect({n, name})))
IO.inspect(Registry.lookup(Topics, :news) |> Enum.map(&elem(&1, 1)))
IO.inspect(Registry.match(Topics, :news, :_) |> Enum.map(&elem(&1, 1)))
IO.inspect(Registry.count(Topics))
IO.inspect(Registry.count_match(Topics, :news, :_))

Registry.dispatch(Topics, :news, fn entries ->
  IO.inspect(entries |> Enum.map(&elem(&1, 1)) |> Enum.sort(), label: "dispatched")
end)

[first | _] = workers
ref = Process.monitor(first)
send(first, :stop)
receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
# a call to each partition: its EXIT message came before
for {_, p, _, _} <- Supervisor.which_children(Topics), do: :sys.get_state(p)
IO.inspect(Registry.lookup(Topics, :news) |> Enum.map(&elem(&1, 1)) |> Enum.sort())

for opts <- [[partitions: 0], [partitions: :many], [meta: 1], [listeners: :x]] do
  try do
    Registry.start_link([keys: :unique, name: Bad] ++ opts)
  rescue
    e -> IO.inspect(e)
  end
end

:ok = Supervisor.stop(Names)

try do
  Registry.lookup(Names, :a)
rescue
  e -> IO.inspect(e)
end

# this process is linked to Spread's partitions (it holds keys there): their :shutdown ends it
Supervisor.stop(Spread)
IO.puts("not reached")
