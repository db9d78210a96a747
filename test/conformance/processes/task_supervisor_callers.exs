# a Task.Supervisor task's $callers are its caller's, taken in the caller (a task's task names both)
{:ok, sup} = Task.Supervisor.start_link()

outer =
  Task.async(fn ->
    t = Task.Supervisor.async(sup, fn -> Process.get(:"$callers") end)
    {self(), Task.await(t)}
  end)

{outer_pid, callers} = Task.await(outer)
IO.inspect(callers == [outer_pid, self()], label: "async from a task")
me = self()
{:ok, _} = Task.Supervisor.start_child(sup, fn -> send(me, {:callers, Process.get(:"$callers")}) end)
receive do {:callers, c} -> IO.inspect(c == [me], label: "start_child") end
