# Task.Supervisor: async, async_nolink, start_child, children, terminate_child
defmodule Main do
  def run do
    {:ok, sup} = Task.Supervisor.start_link(name: Tasks)
    IO.inspect(is_pid(sup))
    t = Task.Supervisor.async(Tasks, fn -> 1 + 1 end)
    IO.inspect(Task.await(t))
    t2 = Task.Supervisor.async(Tasks, Enum, :sum, [[1, 2, 3]])
    IO.inspect(Task.await(t2))
    failing = Task.Supervisor.async_nolink(Tasks, fn -> raise "boom" end)
    IO.inspect(Task.yield(failing, 2000) |> elem(0))
    Logger.flush()
    ok = Task.Supervisor.async_nolink(Tasks, fn -> :fine end)
    IO.inspect(Task.yield(ok, 2000))
    parent = self()
    {:ok, pid} = Task.Supervisor.start_child(Tasks, fn ->
      send(parent, :child_running)
      receive do: (:go -> send(parent, :child_done))
    end)
    receive do: (:child_running -> :ok)
    IO.inspect(Task.Supervisor.children(Tasks) == [pid])
    send(pid, :go)
    receive do: (:child_done -> :ok)
    Process.sleep(50)
    IO.inspect(Task.Supervisor.children(Tasks))
    {:ok, pid2} = Task.Supervisor.start_child(Tasks, Process, :sleep, [:infinity])
    IO.inspect(Task.Supervisor.terminate_child(Tasks, pid2))
    IO.inspect(Task.Supervisor.terminate_child(Tasks, pid2))
    results = Task.Supervisor.async_stream(Tasks, 1..5, fn x -> x * x end) |> Enum.to_list()
    IO.inspect(results)
    nolink = Task.Supervisor.async_stream_nolink(Tasks, [1, 0, 2], fn x -> div(10, x) end) |> Enum.map(&elem(&1, 0))
    Logger.flush()
    IO.inspect(nolink)
  end
end

Main.run()
