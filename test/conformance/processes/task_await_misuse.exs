t = Task.async(fn -> 1 end)
IO.inspect(Task.await(t))
try do
  Task.await(t, 50)
catch
  :exit, r -> IO.inspect(r)
end
me = self()
t2 = Task.async(fn -> 2 end)
spawn(fn ->
  try do
    Task.await(t2)
  rescue
    e -> send(me, {:err, Exception.message(e)})
  end
end)
receive do {:err, m} -> IO.puts(m |> String.replace(~r/#PID<[\d.]+>/, "PID") |> String.replace(~r/#Reference<[\d.]+>/, "REF")) end
IO.inspect(Task.await(t2))
tasks = [Task.async(fn -> :a end), Task.async(fn -> :b end)]
IO.inspect(Task.await_many(tasks))
try do
  Task.await_many([Task.async(fn -> Process.sleep(:infinity) end)], 30)
catch
  :exit, {r, {Task, f, _}} -> IO.inspect({r, f})
end
try do
  Task.yield(%Task{ref: make_ref(), pid: nil, owner: self(), mfa: {:erlang, :apply, 2}}, 0) |> IO.inspect()
rescue
  e -> IO.inspect(e)
end
Process.flag(:trap_exit, true)
t3 = Task.async(fn -> raise ArgumentError, "in task" end)
try do
  Task.await(t3)
catch
  :exit, {{%ArgumentError{message: m}, _}, {Task, :await, _}} -> IO.puts("await saw " <> m)
end
receive do {:EXIT, _, {%ArgumentError{}, _}} -> IO.puts("EXIT too") end
Logger.flush()
IO.puts("end")
