# Where GenServer, Supervisor and Task raise or exit on a bad call: the first stack entry names
# Elixir 1.14's function and line (Task.ignore/1 checks the owner too)
t = %Task{ref: make_ref(), pid: self(), owner: spawn(fn -> :ok end), mfa: {M, :f, 0}}

for f <- [
      fn -> Task.await(t) end,
      fn -> Task.yield(t) end,
      fn -> Task.shutdown(t) end,
      fn -> Task.yield_many([t]) end,
      fn -> Task.await_many([t]) end,
      fn -> Task.ignore(t) end,
      fn -> GenServer.stop(self()) end,
      fn -> GenServer.stop(:nobody_here) end,
      fn -> Supervisor.init([], []) end,
      fn -> Supervisor.start_link([], []) end,
      fn -> Supervisor.init([], strategy: :bogus) end
    ] do
  try do
    f.()
  rescue
    e -> IO.inspect({e.__struct__, hd(__STACKTRACE__)})
  catch
    :exit, {r, _} -> IO.inspect({:exit, r, hd(__STACKTRACE__)})
  end
end
