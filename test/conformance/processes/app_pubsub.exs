defmodule Broker do
  use GenServer
  def start_link, do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
  def subscribe(topic), do: GenServer.call(__MODULE__, {:sub, topic, self()})
  def publish(topic, msg), do: GenServer.cast(__MODULE__, {:pub, topic, msg})
  def subscribers(topic), do: GenServer.call(__MODULE__, {:count, topic})

  def init(s), do: {:ok, s}
  def handle_call({:sub, t, pid}, _f, s) do
    Process.monitor(pid)
    {:reply, :ok, Map.update(s, t, [pid], &[pid | &1])}
  end
  def handle_call({:count, t}, _f, s), do: {:reply, length(Map.get(s, t, [])), s}
  def handle_cast({:pub, t, msg}, s) do
    for pid <- Map.get(s, t, []), do: send(pid, {:event, t, msg})
    {:noreply, s}
  end
  def handle_info({:DOWN, _, :process, pid, _}, s) do
    {:noreply, Map.new(s, fn {t, pids} -> {t, List.delete(pids, pid)} end)}
  end
end

defmodule Sub do
  def start(name, topics, parent) do
    spawn(fn ->
      Enum.each(topics, &Broker.subscribe/1)
      send(parent, {:subscribed, name})
      loop(name, parent, [])
    end)
  end
  defp loop(name, parent, got) do
    receive do
      {:event, t, msg} -> loop(name, parent, [{t, msg} | got])
      :report -> send(parent, {:report, name, Enum.reverse(got)})
    end
  end
end

defmodule Main do
  def run do
    Broker.start_link()
    a = Sub.start(:a, [:news, :sports], self())
    b = Sub.start(:b, [:news], self())
    for _ <- 1..2, do: receive(do: ({:subscribed, _} -> :ok))
    Broker.publish(:news, "headline")
    Broker.publish(:sports, "score 2-1")
    Broker.publish(:weather, "rain")
    IO.inspect(Broker.subscribers(:news))
    for {name, pid} <- [a: a, b: b] do
      send(pid, :report)
      receive do: ({:report, ^name, got} -> IO.inspect(got, label: "#{name}"))
    end
    Process.exit(b, :kill)
    Process.sleep(50)
    IO.inspect(Broker.subscribers(:news))
  end
end

Main.run()
