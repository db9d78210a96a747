defmodule JobQueue do
  use GenServer
  require Logger

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: Keyword.get(opts, :name, __MODULE__))
  def push(q \\ __MODULE__, job), do: GenServer.cast(q, {:push, job})
  def pop(q \\ __MODULE__), do: GenServer.call(q, :pop)
  def stats(q \\ __MODULE__), do: GenServer.call(q, :stats)
  def slow(q \\ __MODULE__, ms), do: GenServer.call(q, {:slow, ms}, 50)

  @impl true
  def init(opts) do
    Process.flag(:trap_exit, true)
    {:ok, %{queue: :queue.new(), done: 0, max: Keyword.get(opts, :max, 3)}}
  end

  @impl true
  def handle_cast({:push, job}, %{queue: q, max: max} = s) do
    if :queue.len(q) >= max do
      Logger.warning("queue full, dropping #{inspect(job)}")
      {:noreply, s}
    else
      {:noreply, %{s | queue: :queue.in(job, q)}}
    end
  end

  @impl true
  def handle_call(:pop, _from, %{queue: q} = s) do
    case :queue.out(q) do
      {{:value, job}, q} -> {:reply, {:ok, job}, %{s | queue: q, done: s.done + 1}}
      {:empty, _} -> {:reply, :empty, s}
    end
  end

  def handle_call(:stats, _from, s), do: {:reply, %{pending: :queue.len(s.queue), done: s.done}, s}
  def handle_call({:slow, ms}, _from, s) do
    Process.sleep(ms)
    {:reply, :finally, s}
  end

  @impl true
  def handle_info(:tick, s) do
    IO.puts("tick with #{:queue.len(s.queue)} pending")
    {:noreply, s}
  end

  def handle_info(msg, s) do
    IO.puts("unexpected: #{inspect(msg)}")
    {:noreply, s}
  end

  @impl true
  def terminate(reason, s) do
    IO.puts("terminating #{inspect(reason)} with #{s.done} done")
  end
end

defmodule Main do
  def run do
    {:ok, pid} = JobQueue.start_link(max: 2)
    JobQueue.push({:email, "ann"})
    JobQueue.push({:email, "bob"})
    JobQueue.push({:email, "cy"})
    IO.inspect(JobQueue.stats())
    IO.inspect(JobQueue.pop())
    send(pid, :tick)
    send(pid, {:weird, 1})
    IO.inspect(JobQueue.pop())
    IO.inspect(JobQueue.pop())
    IO.inspect(JobQueue.stats())
    try do
      JobQueue.slow(200)
    catch
      :exit, reason -> IO.inspect(reason, label: "call exit")
    end
    Process.sleep(300)
    receive do
      msg -> IO.inspect(msg, label: "stray")
    after
      0 -> IO.puts("no stray reply")
    end
    IO.inspect(GenServer.whereis(JobQueue) == pid)
    IO.inspect(:sys.get_state(pid).done)
    tasks = for i <- 1..5, do: Task.async(fn -> Process.sleep(10 * (6 - i)); i * i end)
    IO.inspect(Task.await_many(tasks))
    results =
      1..6
      |> Task.async_stream(fn i -> if i == 4, do: Process.sleep(500); i end, timeout: 100, on_timeout: :kill_task, max_concurrency: 2)
      |> Enum.to_list()
    IO.inspect(results)
    t = Task.async(fn -> Process.sleep(1000) end)
    IO.inspect(Task.yield(t, 10))
    IO.inspect(Task.shutdown(t))
    {:ok, agent} = Agent.start_link(fn -> %{} end)
    Agent.update(agent, &Map.put(&1, :hits, 1))
    IO.inspect(Agent.get_and_update(agent, fn s -> {s.hits, %{s | hits: s.hits + 1}} end))
    IO.inspect(Agent.get(agent, & &1))
    GenServer.stop(pid, :normal)
    IO.inspect(Process.alive?(pid))
    {:ok, pid2} = JobQueue.start_link(name: :q2)
    Process.unlink(pid2)
    ref = Process.monitor(pid2)
    GenServer.cast(:q2, {:push, :x})
    Process.exit(pid2, :kill)
    receive do
      {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "down")
    end
    IO.inspect(catch_exit(fn -> GenServer.call(:q2, :stats) end))
  end

  defp catch_exit(f) do
    try do
      f.()
    catch
      :exit, r -> {:exit, r}
    end
  end
end

Main.run()
