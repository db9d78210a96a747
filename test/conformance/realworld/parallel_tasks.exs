defmodule Parallel do
  def pmap(enum, fun, timeout \\ 1_000) do
    enum
    |> Enum.map(&Task.async(fn -> fun.(&1) end))
    |> Enum.map(&Task.await(&1, timeout))
  end

  def pmap_safe(enum, fun, timeout) do
    tasks = Enum.map(enum, fn x -> {x, Task.async(fn -> fun.(x) end)} end)
    results = Task.yield_many(Enum.map(tasks, &elem(&1, 1)), timeout)

    Enum.zip_with(tasks, results, fn {x, task}, {task2, res} ->
      true = task == task2
      case res do
        {:ok, v} -> {x, {:ok, v}}
        {:exit, reason} -> {x, {:exit, reason}}
        nil ->
          Task.shutdown(task, :brutal_kill)
          {x, :timeout}
      end
    end)
  end
end

defmodule Main do
  def work(n) do
    Process.sleep(n * 10)
    if n == 13, do: raise(ArgumentError, "unlucky #{n}")
    n * n
  end

  def run do
    Process.flag(:trap_exit, true)
    IO.inspect(Parallel.pmap(1..8, &(&1 * 2)), label: "pmap")

    res = Parallel.pmap_safe([1, 2, 300, 3], &work/1, 1_000)
    IO.inspect(res, label: "safe")

    stream =
      Task.async_stream([5, 1, 3, 200, 2], &work/1, max_concurrency: 2, timeout: 1_000, on_timeout: :kill_task, ordered: true)
    IO.inspect(Enum.to_list(stream), label: "async_stream")

    unordered =
      1..6
      |> Task.async_stream(fn i -> i * 10 end, ordered: false, max_concurrency: 3)
      |> Enum.map(fn {:ok, v} -> v end)
      |> Enum.sort()
    IO.inspect(unordered, label: "unordered sorted")

    {:ok, sup} = Task.Supervisor.start_link()
    crashing = Task.Supervisor.async_nolink(sup, fn -> work(13) end)
    case Task.yield(crashing, 2_000) do
      {:exit, {%ArgumentError{message: m}, _stack}} -> IO.puts("nolink crash: #{m}")
      other -> IO.inspect(other, label: "unexpected")
    end

    slow = Task.async(fn -> Process.sleep(5_000) end)
    IO.inspect(Task.yield(slow, 50), label: "yield slow")
    IO.inspect(Task.shutdown(slow), label: "shutdown")

    t = Task.async(fn -> :done end)
    IO.inspect(Task.await(t), label: "await")

    try do
      Task.await(Task.async(fn -> Process.sleep(1_000) end), 30)
    catch
      :exit, {:timeout, {Task, :await, [_task, 30]}} -> IO.puts("await timed out")
    end

    results =
      Task.Supervisor.async_stream_nolink(sup, [1, 13, 2], &work/1, timeout: 2_000)
      |> Enum.map(fn
        {:ok, v} -> v
        {:exit, {e, _}} -> Exception.message(e)
      end)
    IO.inspect(results, label: "nolink stream")
    Process.sleep(100)
    Logger.flush()
    {:ok, agent} = Agent.start_link(fn -> 0 end)
    1..20 |> Enum.map(fn _ -> Task.async(fn -> Agent.update(agent, &(&1 + 1)) end) end) |> Task.await_many()
    IO.inspect(Agent.get(agent, & &1), label: "agent count")
    flush_exits(0)
  end

  defp flush_exits(n) do
    receive do
      {:EXIT, _, _} -> flush_exits(n + 1)
      {ref, _} when is_reference(ref) -> flush_exits(n)
      {:DOWN, _, _, _, _} -> flush_exits(n)
    after
      100 -> IO.puts("exit messages: #{n > 0}")
    end
  end
end

require Logger
Main.run()
