defmodule Main do
  def run do
    {:ok, a} = Agent.start_link(fn -> %{} end)
    IO.inspect(Agent.get(a, & &1))
    :ok = Agent.update(a, &Map.put(&1, :x, 1))
    IO.inspect(Agent.get(a, &Map.get(&1, :x)))
    IO.inspect(Agent.get_and_update(a, fn m -> {map_size(m), Map.put(m, :y, 2)} end))
    Agent.cast(a, &Map.put(&1, :z, 3))
    IO.inspect(Agent.get(a, & &1))
    {:ok, _} = Agent.start_link(fn -> 0 end, name: :counter)
    for _ <- 1..10, do: Agent.update(:counter, &(&1 + 1))
    IO.inspect(Agent.get(:counter, & &1))
    IO.inspect(Agent.stop(:counter))
    IO.inspect(Process.whereis(:counter))
    {:ok, list} = Agent.start(fn -> [] end)
    Enum.each(1..5, fn i -> Agent.cast(list, &[i | &1]) end)
    IO.inspect(Agent.get(list, &Enum.reverse/1))
    IO.inspect(Agent.get(list, &length/1, 1000))
    try do
      Agent.get(list, fn _ -> Process.sleep(200) end, 20)
    catch
      :exit, {:timeout, _} -> IO.puts("agent get timed out")
    end
    Agent.stop(list)
  end
end

Main.run()
