defmodule Counter do
  use Agent
  def start_link(initial), do: Agent.start_link(fn -> initial end, name: __MODULE__)
  def value, do: Agent.get(__MODULE__, & &1)
  def increment, do: Agent.update(__MODULE__, &(&1 + 1))
  def get_and_inc, do: Agent.get_and_update(__MODULE__, fn n -> {n, n + 1} end)
end

defmodule Main do
  def run do
    {:ok, _} = Counter.start_link(10)
    Counter.increment()
    IO.inspect(Counter.get_and_inc())
    IO.inspect(Counter.value())

    tasks = for i <- 1..5, do: Task.async(fn -> i * i end)
    IO.inspect(Task.await_many(tasks))

    1..10
    |> Task.async_stream(fn x -> {x, rem(x, 3)} end, max_concurrency: 3)
    |> Enum.map(fn {:ok, v} -> v end)
    |> IO.inspect()

    r =
      [1000, 1, 50]
      |> Task.async_stream(fn ms -> Process.sleep(ms); ms end, timeout: 500, on_timeout: :kill_task, ordered: true)
      |> Enum.to_list()

    IO.inspect(r)

    t = Task.async(fn -> Process.sleep(200); :late end)
    IO.inspect(Task.yield(t, 10))
    IO.inspect(Task.shutdown(t))

    {:ok, sup} = Task.Supervisor.start_link()
    t2 = Task.Supervisor.async_nolink(sup, fn -> raise "boom" end)
    ref = t2.ref
    receive do
      {^ref, _} -> IO.puts("unexpected")
      {:DOWN, ^ref, :process, _, {%RuntimeError{message: m}, _}} -> IO.puts("task crashed: #{m}")
    end
    Logger.flush()
    IO.inspect(Task.Supervisor.children(sup))
    {:ok, pid} = Task.Supervisor.start_child(sup, fn -> receive do: (:go -> :ok) end)
    IO.inspect(length(Task.Supervisor.children(sup)))
    send(pid, :go)
    ag = Agent.start_link(fn -> %{} end) |> elem(1)
    Agent.cast(ag, &Map.put(&1, :k, 1))
    IO.inspect(Agent.get(ag, &Map.get(&1, :k)))
    Agent.stop(ag)
    IO.inspect(Process.alive?(ag))
  end
end

require Logger
Main.run()
