defmodule Main do
  def run do
    Process.flag(:trap_exit, true)
    parent = self()
    {:ok, t} = Task.start_link(fn -> send(parent, :task_ran); exit(:task_exit_reason) end)
    receive do: (:task_ran -> :ok)
    r = receive do: ({:EXIT, ^t, r} -> r)
    Logger.flush()
    IO.puts("task ran")
    IO.inspect(r, label: "EXIT from Task.start_link")
    {:ok, t2} = Task.start_link(fn -> :fine end)
    receive do: ({:EXIT, ^t2, r} -> IO.inspect(r, label: "normal task"))
    task = Task.async(fn -> 40 + 2 end)
    IO.inspect(Task.await(task))
    receive do
      {:EXIT, _, :normal} -> IO.puts("EXIT :normal from Task.async process")
    after
      200 -> IO.puts("no EXIT")
    end
  end
end

Main.run()
