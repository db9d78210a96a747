defmodule JobQueue do
  use GenServer
  def start_link(n), do: GenServer.start_link(__MODULE__, n)
  def init(workers), do: {:ok, %{free: workers, queue: [], done: [], running: %{}}}
  def handle_cast({:submit, job}, s), do: {:noreply, dispatch(%{s | queue: s.queue ++ [job]})}
  def handle_info({ref, result}, s) when is_map_key(s.running, ref) do
    Process.demonitor(ref, [:flush])
    s = %{s | running: Map.delete(s.running, ref), free: s.free + 1, done: [result | s.done]}
    {:noreply, dispatch(s)}
  end
  def handle_call(:status, _f, s), do: {:reply, %{queued: length(s.queue), running: map_size(s.running), done: Enum.sort(s.done)}, s}

  defp dispatch(%{free: 0} = s), do: s
  defp dispatch(%{queue: []} = s), do: s
  defp dispatch(%{queue: [job | rest]} = s) do
    t = Task.async(fn -> Process.sleep(5); {job, job * 10} end)
    dispatch(%{s | queue: rest, free: s.free - 1, running: Map.put(s.running, t.ref, job)})
  end
end

defmodule Main do
  def wait(q) do
    case GenServer.call(q, :status) do
      %{queued: 0, running: 0} = st -> st
      _ -> Process.sleep(10); wait(q)
    end
  end

  def run do
    {:ok, q} = JobQueue.start_link(2)
    for j <- 1..7, do: GenServer.cast(q, {:submit, j})
    st = GenServer.call(q, :status)
    IO.inspect({st.queued + st.running + length(st.done), st.running <= 2})
    IO.inspect(wait(q))
  end
end

Main.run()
