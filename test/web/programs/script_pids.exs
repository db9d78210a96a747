# the script's process and what it spawns, before and after a module is defined: the pids
# elixir FILE.exs shows on a fresh node
IO.inspect(self())
IO.inspect(spawn(fn -> :ok end))

defmodule ScriptPids do
  def f, do: :ok
end

IO.inspect(spawn(fn -> :ok end))
{:ok, agent} = Agent.start_link(fn -> 1 end)
IO.inspect(agent)
task = Task.async(fn -> self() end)
IO.inspect(Task.await(task))
