defmodule KV.Bucket do
  use Agent, restart: :temporary

  def start_link(_opts), do: Agent.start_link(fn -> %{} end)
  def get(bucket, key), do: Agent.get(bucket, &Map.get(&1, key))
  def put(bucket, key, value), do: Agent.update(bucket, &Map.put(&1, key, value))
  def delete(bucket, key), do: Agent.get_and_update(bucket, &Map.pop(&1, key))
end

defmodule KV.Registry do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, :ok, opts)
  def lookup(server, name), do: GenServer.call(server, {:lookup, name})
  def create(server, name), do: GenServer.call(server, {:create, name})

  @impl true
  def init(:ok), do: {:ok, {%{}, %{}}}

  @impl true
  def handle_call({:lookup, name}, _from, {names, _} = state), do: {:reply, Map.fetch(names, name), state}

  def handle_call({:create, name}, _from, {names, refs}) do
    if Map.has_key?(names, name) do
      {:reply, Map.fetch!(names, name), {names, refs}}
    else
      {:ok, bucket} = DynamicSupervisor.start_child(KV.BucketSupervisor, KV.Bucket)
      ref = Process.monitor(bucket)
      {:reply, bucket, {Map.put(names, name, bucket), Map.put(refs, ref, name)}}
    end
  end

  @impl true
  def handle_info({:DOWN, ref, :process, _pid, reason}, {names, refs}) do
    {name, refs} = Map.pop(refs, ref)
    IO.puts("bucket #{name} down: #{inspect(reason)}")
    {:noreply, {Map.delete(names, name), refs}}
  end

  def handle_info(msg, state) do
    IO.inspect(msg, label: "unexpected")
    {:noreply, state}
  end
end

defmodule KV.Supervisor do
  use Supervisor

  def start_link(opts), do: Supervisor.start_link(__MODULE__, :ok, opts)

  @impl true
  def init(:ok) do
    children = [
      {DynamicSupervisor, name: KV.BucketSupervisor, strategy: :one_for_one},
      {KV.Registry, name: KV.Registry}
    ]
    Supervisor.init(children, strategy: :one_for_all)
  end
end

{:ok, sup} = KV.Supervisor.start_link([])
IO.inspect(KV.Registry.lookup(KV.Registry, "shopping"))
b = KV.Registry.create(KV.Registry, "shopping")
IO.inspect(b == KV.Registry.create(KV.Registry, "shopping"))
KV.Bucket.put(b, "milk", 3)
KV.Bucket.put(b, "eggs", 12)
IO.inspect(KV.Bucket.get(b, "milk"))
IO.inspect(KV.Bucket.delete(b, "milk"))
IO.inspect(KV.Bucket.get(b, "milk"))
{:ok, ^b} = KV.Registry.lookup(KV.Registry, "shopping")
send(KV.Registry, :hello)
Agent.stop(b)
IO.inspect(KV.Registry.lookup(KV.Registry, "shopping"))
b2 = KV.Registry.create(KV.Registry, "work")
ref2 = Process.monitor(b2)
Process.exit(b2, :shutdown)
receive do: ({:DOWN, ^ref2, _, _, _} -> :ok)
IO.inspect(KV.Registry.lookup(KV.Registry, "work"))
IO.inspect(Supervisor.count_children(sup))
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))
IO.inspect(KV.Bucket.child_spec([]))
IO.inspect(KV.Registry.child_spec(name: :x))
IO.inspect(KV.Supervisor.child_spec([]))
reg = Process.whereis(KV.Registry)
ref = Process.monitor(reg)
Process.exit(reg, :kill)
receive do
  {:DOWN, ^ref, _, _, r} -> IO.inspect(r)
end
wait = fn w ->
  case Process.whereis(KV.Registry) do
    p when is_pid(p) and p != reg -> :back
    _ -> Process.sleep(5); w.(w)
  end
end
IO.inspect(wait.(wait))
IO.inspect(KV.Registry.lookup(KV.Registry, "shopping"))
Supervisor.stop(sup)
IO.inspect(Process.whereis(KV.Registry))
