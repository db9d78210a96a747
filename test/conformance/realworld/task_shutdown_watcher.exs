# Task.shutdown/2 starts a short-lived watcher process before it unlinks and signals the task
# (Elixir 1.14's), so the processes spawned after it get the same pid numbers as on the BEAM
defmodule PidGap do
  def number(pid), do: pid |> :erlang.pid_to_list() |> to_string() |> String.split(".") |> Enum.at(1) |> String.to_integer()

  def gap(fun) do
    a = spawn(fn -> :ok end)
    fun.()
    b = spawn(fn -> :ok end)
    number(b) - number(a)
  end
end

IO.inspect PidGap.gap(fn -> :ok end), label: "nothing"
IO.inspect PidGap.gap(fn -> Task.async(fn -> Process.sleep(1000) end) |> Task.shutdown() end), label: "async + shutdown"
IO.inspect PidGap.gap(fn -> Task.async(fn -> Process.sleep(1000) end) |> Task.shutdown(:brutal_kill) end), label: "brutal_kill"
IO.inspect PidGap.gap(fn -> Task.async(fn -> :done end) |> Task.await() end), label: "await"
{:ok, _} = Task.Supervisor.start_link(name: Jobs)
IO.inspect PidGap.gap(fn -> Task.Supervisor.async_nolink(Jobs, fn -> Process.sleep(1000) end) |> Task.shutdown() end), label: "nolink + shutdown"
t = Task.async(fn -> 42 end)
Process.sleep(50)
IO.inspect Task.shutdown(t), label: "finished task"
t = Task.async(fn -> Process.sleep(1000) end)
IO.inspect Task.shutdown(t, 10), label: "running task"
Process.sleep(20)
IO.inspect length(Process.list()) < 60, label: "watchers gone"
