defmodule FakeWeb do
  @pages %{
    "/" => ["/about", "/blog", "/shop"],
    "/about" => ["/", "/team"],
    "/blog" => ["/blog/1", "/blog/2", "/"],
    "/blog/1" => ["/blog/2"],
    "/blog/2" => ["/missing"],
    "/shop" => ["/shop/cart", "/slow"],
    "/team" => [],
    "/shop/cart" => ["/"],
    "/slow" => []
  }

  def fetch("/slow"), do: (Process.sleep(5_000); {:ok, []})
  def fetch(path) do
    Process.sleep(5)
    case Map.fetch(@pages, path) do
      {:ok, links} -> {:ok, links}
      :error -> {:error, :not_found}
    end
  end
end

defmodule Crawler do
  def crawl(start) do
    {:ok, seen} = Agent.start_link(fn -> MapSet.new([start]) end)
    {:ok, stats} = Agent.start_link(fn -> %{ok: 0, error: 0, timeout: 0} end)
    loop([start], seen, stats, 0)
    result = {Agent.get(seen, &Enum.sort(MapSet.to_list(&1))), Agent.get(stats, & &1)}
    Agent.stop(seen)
    Agent.stop(stats)
    result
  end

  defp loop([], _seen, _stats, depth), do: depth
  defp loop(frontier, seen, stats, depth) do
    next =
      frontier
      |> Task.async_stream(&{&1, FakeWeb.fetch(&1)}, max_concurrency: 3, timeout: 400, on_timeout: :kill_task)
      |> Enum.flat_map(fn
        {:ok, {_path, {:ok, links}}} ->
          Agent.update(stats, &Map.update!(&1, :ok, fn n -> n + 1 end))
          links
        {:ok, {_path, {:error, _}}} ->
          Agent.update(stats, &Map.update!(&1, :error, fn n -> n + 1 end))
          []
        {:exit, :timeout} ->
          Agent.update(stats, &Map.update!(&1, :timeout, fn n -> n + 1 end))
          []
      end)
      |> Enum.uniq()
      |> Enum.filter(fn link ->
        Agent.get_and_update(seen, fn s ->
          if MapSet.member?(s, link), do: {false, s}, else: {true, MapSet.put(s, link)}
        end)
      end)

    IO.puts("depth #{depth}: #{Enum.join(frontier, " ")} -> #{length(next)} new")
    loop(next, seen, stats, depth + 1)
  end
end

IO.inspect(Crawler.crawl("/"))

t1 = Task.async(fn -> Enum.sum(1..1000) end)
t2 = Task.async(fn -> Process.sleep(10); :done end)
IO.inspect(Task.await_many([t1, t2]))
t3 = Task.async(fn -> Process.sleep(500) end)
IO.inspect(Task.yield(t3, 20))
IO.inspect(Task.shutdown(t3, :brutal_kill))
IO.inspect(Task.async(fn -> 42 end) |> Task.yield(1000))
ts = for i <- 1..4, do: Task.async(fn -> if i > 2, do: Process.sleep(5_000); i * i end)
IO.inspect(Task.yield_many(ts, 300) |> Enum.map(fn {_t, r} -> r end))
Enum.each(ts, &Task.shutdown(&1, :brutal_kill))
IO.inspect(1..6 |> Task.async_stream(fn x -> x * 10 end, ordered: true) |> Enum.to_list())
IO.inspect(1..5 |> Task.async_stream(&(&1 * 2), ordered: false, max_concurrency: 1) |> Enum.map(fn {:ok, v} -> v end))
{:ok, ag} = Agent.start(fn -> [] end, name: :log_agent)
Agent.cast(:log_agent, &[:a | &1])
Agent.update(:log_agent, &[:b | &1])
IO.inspect(Agent.get(:log_agent, &Enum.reverse/1))
IO.inspect(Agent.get_and_update(ag, fn l -> {length(l), []} end))
IO.inspect(Agent.get(ag, & &1))
Agent.stop(ag)
IO.inspect(Process.whereis(:log_agent))
{:ok, sup} = Task.Supervisor.start_link()
r = Task.Supervisor.async_nolink(sup, fn -> exit(:nope) end) |> Task.yield(2_000)
IO.inspect(r)
IO.inspect(Task.Supervisor.async(sup, fn -> :sup_ok end) |> Task.await())
IO.inspect(Task.Supervisor.children(sup) |> length())
