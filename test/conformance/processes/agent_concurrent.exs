defmodule Main do
  def run do
    {:ok, counter} = Agent.start_link(fn -> 0 end, name: :hits)
    tasks = for _ <- 1..100, do: Task.async(fn -> Agent.update(:hits, &(&1 + 1)) end)
    Enum.each(tasks, &Task.await/1)
    IO.inspect(Agent.get(:hits, & &1))
    IO.inspect(Agent.get_and_update(counter, &{&1 * 2, 0}))
    IO.inspect(Agent.get(counter, & &1))
    {:ok, kv} = Agent.start(fn -> %{} end)
    for {k, v} <- [a: 1, b: 2, c: 3], do: Agent.cast(kv, &Map.put(&1, k, v))
    IO.inspect(Agent.get(kv, &Map.keys/1))
    IO.inspect(Agent.update(kv, fn m -> Map.delete(m, :b) end))
    IO.inspect(Agent.get(kv, & &1))
    ref = Process.monitor(kv)
    Agent.stop(kv, :shutdown)
    receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "agent stopped"))
    try do
      Agent.get(kv, & &1)
    catch
      :exit, {reason, {mod, fun, _}} -> IO.inspect({reason, mod, fun}, label: "get on dead agent")
    end
  end
end

Main.run()
