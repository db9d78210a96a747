# Task.shutdown/2 judges a task by the DOWN of the monitor it takes itself: the reason it
# caused gives nil, a reply already sent wins, a task already gone is judged by what it left
defmodule Wait do
  def dead(pid) do
    ref = Process.monitor(pid)

    receive do
      {:DOWN, ^ref, :process, ^pid, _} -> :ok
    end
  end
end

for how <- [5000, :brutal_kill, :infinity] do
  t = Task.async(fn -> :x end)
  IO.inspect(Task.yield(t, 1000))
  IO.inspect(Task.shutdown(t, how), label: "reply taken, #{inspect(how)}")
end

t = Task.async(fn -> :y end)
Wait.dead(t.pid)
Process.demonitor(t.ref, [:flush])
IO.inspect(Task.shutdown(t, :brutal_kill), label: "reply left, monitor gone")

t = Task.async(fn -> :z end)
Wait.dead(t.pid)
IO.inspect(Task.shutdown(t), label: "reply left")

Process.flag(:trap_exit, true)

for reason <- [:shutdown, :normal, {:shutdown, :done}] do
  t = Task.async(fn -> exit(reason) end)
  Wait.dead(t.pid)
  IO.inspect(Task.shutdown(t, :brutal_kill), label: "exited #{inspect(reason)}")
end

t = Task.async(fn -> Process.sleep(:infinity) end)
IO.inspect(Task.shutdown(t), label: "running")
t = Task.async(fn -> Process.sleep(:infinity) end)
IO.inspect(Task.shutdown(t, :brutal_kill), label: "running, brutal")

parent = self()

t =
  Task.async(fn ->
    Process.flag(:trap_exit, true)
    send(parent, :trapping)

    receive do
      {:EXIT, _, r} -> exit({:shutdown, {:got, r}})
    end
  end)

receive do: (:trapping -> :ok)
IO.inspect(Task.shutdown(t, 1000), label: "trapping, exits on its own")

t =
  Task.async(fn ->
    Process.flag(:trap_exit, true)
    send(parent, :trapping)
    Process.sleep(:infinity)
  end)

receive do: (:trapping -> :ok)
IO.inspect(Task.shutdown(t, 100), label: "trapping, killed after the timeout")

t =
  Task.async(fn ->
    Process.flag(:trap_exit, true)
    send(parent, :trapping)

    receive do
      {:EXIT, _, :shutdown} -> exit(:shutdown)
    end
  end)

receive do: (:trapping -> :ok)
IO.inspect(Task.shutdown(t, 1000), label: "trapping, exits :shutdown")

Process.sleep(20)
IO.inspect(Process.info(self(), :messages))
