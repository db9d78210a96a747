defmodule PubSub do
  def start_link, do: Registry.start_link(keys: :duplicate, name: __MODULE__)
  def subscribe(topic, meta \\ nil), do: Registry.register(__MODULE__, topic, meta)
  def broadcast(topic, msg) do
    Registry.dispatch(__MODULE__, topic, fn entries ->
      for {pid, meta} <- entries, do: send(pid, {:pubsub, topic, meta, msg})
    end)
  end
end

defmodule Listener do
  def start(name, topics, parent) do
    spawn(fn ->
      for t <- topics, do: PubSub.subscribe(t, name)
      send(parent, {:ready, name})
      loop(name, parent)
    end)
  end

  defp loop(name, parent) do
    receive do
      {:pubsub, topic, meta, :stop} -> send(parent, {:stopped, name, topic, meta})
      {:pubsub, topic, _meta, msg} -> send(parent, {:got, name, topic, msg}); loop(name, parent)
    end
  end
end

defmodule Main do
  def collect(n), do: collect(n, [])
  defp collect(0, acc), do: Enum.sort(acc)
  defp collect(n, acc) do
    receive do
      m -> collect(n - 1, [m | acc])
    after
      2000 -> {:timeout, Enum.sort(acc)}
    end
  end

  def run do
    {:ok, _} = PubSub.start_link()
    parent = self()
    a = Listener.start(:a, ["news", "sports"], parent)
    _b = Listener.start(:b, ["news"], parent)
    IO.inspect(collect(2))
    IO.inspect(Registry.count(PubSub))
    IO.inspect(Registry.lookup(PubSub, "news") |> Enum.map(&elem(&1, 1)) |> Enum.sort())
    IO.inspect(Registry.keys(PubSub, a) |> Enum.sort())
    IO.inspect(Registry.count_match(PubSub, "news", :a))
    IO.inspect(Registry.match(PubSub, "news", :b) |> length())
    PubSub.broadcast("news", :hello)
    PubSub.broadcast("sports", :goal)
    IO.inspect(collect(3))
    PubSub.broadcast("news", :stop)
    IO.inspect(collect(2))
    Process.sleep(50)
    IO.inspect(Registry.count(PubSub))
    {:ok, _} = Registry.start_link(keys: :unique, name: Names)
    {:ok, _} = Registry.register(Names, :me, %{role: :admin})
    IO.inspect(Registry.register(Names, :me, nil))
    IO.inspect(Registry.update_value(Names, :me, &Map.put(&1, :x, 1)))
    IO.inspect(Registry.lookup(Names, :me) |> Enum.map(&elem(&1, 1)))
    IO.inspect(Registry.unregister(Names, :me))
    IO.inspect(Registry.lookup(Names, :me))
    IO.inspect(Registry.meta(Names, :foo))
    Registry.put_meta(Names, :foo, :bar)
    IO.inspect(Registry.meta(Names, :foo))
    {:ok, pid} = Agent.start_link(fn -> 0 end, name: {:via, Registry, {Names, "counter"}})
    Agent.update({:via, Registry, {Names, "counter"}}, &(&1 + 5))
    IO.inspect(Agent.get({:via, Registry, {Names, "counter"}}, & &1))
    IO.inspect(Registry.whereis_name({Names, "counter"}) == pid)
    IO.inspect(Registry.whereis_name({Names, "nobody"}))
    IO.inspect(Registry.select(Names, [{{:"$1", :"$2", :_}, [], [{{:"$1", :"$2"}}]}]) |> length())
    :persistent_term.put({:app, :config}, %{debug: true})
    IO.inspect(:persistent_term.get({:app, :config}))
    IO.inspect(:persistent_term.get(:missing, :default))
    c = :counters.new(2, [:atomics])
    :counters.add(c, 1, 5)
    :counters.sub(c, 2, 3)
    IO.inspect({:counters.get(c, 1), :counters.get(c, 2)})
    at = :atomics.new(1, signed: false)
    :atomics.add(at, 1, 10)
    IO.inspect(:atomics.add_get(at, 1, 5))
    IO.inspect(:atomics.compare_exchange(at, 1, 15, 99))
    IO.inspect(:atomics.get(at, 1))
    Process.put(:k, 1)
    IO.inspect({Process.get(:k), Process.get(:nope, :d), Process.delete(:k), Process.get(:k)})
    Process.register(self(), :main_proc)
    IO.inspect(Process.whereis(:main_proc) == self())
    IO.inspect(Process.registered() |> Enum.member?(:main_proc))
    IO.inspect(Process.info(self(), :registered_name))
    Process.unregister(:main_proc)
    IO.inspect(Process.info(self(), :registered_name))
    IO.inspect(Process.info(self(), [:message_queue_len, :trap_exit]))
  end
end

Main.run()
