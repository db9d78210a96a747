# Process.group_leader/0,2 and :erlang.group_leader/0,2 (a spawned process inherits its parent's
# leader; setting it returns true), Process.flag/3 (OTP allows only :save_calls on another process)
# and their argument errors as OTP 25 describes them.
gl = Process.group_leader()
IO.inspect(gl == :erlang.group_leader())
IO.inspect(is_pid(gl))

parent = self()

worker =
  spawn(fn ->
    receive do
      :report -> send(parent, {:leader, Process.group_leader()})
    end
  end)

IO.inspect(Process.group_leader(worker, gl))
IO.inspect(:erlang.group_leader(gl, worker))
IO.inspect(Process.info(worker, :group_leader) == {:group_leader, gl})
send(worker, :report)

receive do
  {:leader, leader} -> IO.inspect(leader == gl)
end

child = spawn(fn -> send(parent, {:inherited, Process.group_leader()}) end)
IO.inspect(is_pid(child))

receive do
  {:inherited, leader} -> IO.inspect(leader == gl)
end

IO.inspect(Process.flag(self(), :save_calls, 10))
IO.inspect(Process.flag(self(), :save_calls, 0))
sleeper = spawn(fn -> Process.sleep(:infinity) end)
IO.inspect(Process.flag(sleeper, :save_calls, 5))
IO.inspect(:erlang.process_flag(sleeper, :save_calls, 10_000))

dead = spawn(fn -> :ok end)
ref = Process.monitor(dead)

receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end

attempts = [
  fn -> Process.flag(sleeper, :trap_exit, true) end,
  fn -> Process.flag(self(), :save_calls, -1) end,
  fn -> Process.flag(self(), :save_calls, 10_001) end,
  fn -> Process.flag(:not_a_pid, :save_calls, 1) end,
  fn -> Process.flag(dead, :save_calls, 1) end,
  fn -> Process.group_leader(:not_a_pid, self()) end,
  fn -> Process.group_leader(self(), :not_a_pid) end,
  fn -> Process.group_leader(dead, gl) end
]

for attempt <- attempts do
  try do
    IO.inspect(attempt.())
  rescue
    e -> IO.puts(Exception.message(e))
  end
end

# process_flag/2 and /3 share the value
IO.inspect(Process.flag(:save_calls, 5))
IO.inspect(Process.flag(self(), :save_calls, 7))
IO.inspect(Process.flag(:save_calls, 0))
