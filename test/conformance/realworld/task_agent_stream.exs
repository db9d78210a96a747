defmodule Pipeline do
  def run do
    {:ok, agent} = Agent.start_link(fn -> %{} end, name: :stats)
    results =
      1..8
      |> Task.async_stream(fn i ->
        Agent.update(:stats, &Map.update(&1, rem(i, 3), 1, fn c -> c + 1 end))
        if i == 5, do: Process.sleep(:infinity)
        i * i
      end, max_concurrency: 3, timeout: 1000, on_timeout: :kill_task, ordered: true)
      |> Enum.to_list()
    IO.inspect(results)
    IO.inspect(Agent.get(agent, & &1))
    IO.inspect(Agent.get_and_update(:stats, fn s -> {map_size(s), Map.put(s, :done, true)} end))
    Agent.stop(agent)

    s = Task.async_stream([1, 2, 3], &(&1 * 10)) |> Stream.map(fn {:ok, v} -> v end) |> Enum.sum()
    IO.inspect(s)
    IO.inspect(Task.async_stream(["a", "bb"], &String.length/1, zip_input_on_exit: true) |> Enum.to_list())
    t = Task.async(fn -> :done end)
    IO.inspect(Task.await(t))
    t2 = Task.async(fn -> Process.sleep(:infinity) end)
    IO.inspect(Task.yield(t2, 10))
    IO.inspect(Task.shutdown(t2))
    tasks = for i <- 1..3, do: Task.async(fn -> i end)
    IO.inspect(Task.await_many(tasks))
    IO.inspect(Task.yield_many([Task.async(fn -> 1 end)], 1000) |> Enum.map(fn {_, r} -> r end))
    {:ok, sup} = Task.Supervisor.start_link()
    IO.inspect(Task.Supervisor.async_nolink(sup, fn -> raise "x" end) |> Task.yield(1000) |> elem(0))
    IO.inspect(Task.Supervisor.children(sup))
    try do
      Task.async_stream([1], fn _ -> Process.sleep(:infinity) end, timeout: 10) |> Enum.to_list()
    catch
      :exit, reason -> IO.inspect(reason, label: "exit")
    end
  end
end
Pipeline.run()
