# A task's process dictionary holds what proc_lib puts there: its ancestors, its callers and the
# function it started with (so :gen_server.enter_loop and others find their parent).
parent = self()

Task.start(fn ->
  send(parent, {Process.get(:"$ancestors") == [parent], Process.get(:"$callers") == [parent], Process.get(:"$initial_call")})
end)

receive do
  msg -> IO.inspect(msg)
end

t = Task.async(fn -> {Process.get(:"$ancestors") == [parent], Process.get(:"$callers"), Process.get(:"$initial_call")} end)
IO.inspect(Task.await(t) |> then(fn {a, c, i} -> {a, c == [parent], i} end))

defmodule Work do
  def run(parent), do: send(parent, {:work, Process.get(:"$initial_call"), length(Process.get(:"$ancestors"))})
end

Task.start_link(Work, :run, [parent])

receive do
  {:work, _, _} = msg -> IO.inspect(msg)
end

# a task started by a task has both above it
Task.start(fn ->
  me = self()
  Task.start(fn -> send(parent, {:nested, Process.get(:"$ancestors") == [me, parent], Process.get(:"$callers") == [me, parent]}) end)
end)

receive do
  {:nested, _, _} = msg -> IO.inspect(msg)
end
