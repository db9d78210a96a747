# A task's reply comes back on an alias (Elixir 1.14): once the owner gave up on it (Task.ignore,
# Task.shutdown with the reply not there yet, Task.Supervisor.async_nolink then ignore), the late
# reply is dropped and the owner's mailbox stays empty; replies that are awaited still arrive.
defmodule Main do
  def run do
    {:ok, sup} = Task.Supervisor.start_link()

    cases = [
      {"async + ignore", fn -> Task.async(fn -> receive do: (:go -> :late) end) end, &Task.ignore/1},
      {"async_nolink + ignore", fn -> Task.Supervisor.async_nolink(sup, fn -> receive do: (:go -> :late) end) end, &Task.ignore/1}
    ]

    for {label, start, give_up} <- cases do
      task = start.()
      mon = Process.monitor(task.pid)
      IO.inspect({label, give_up.(task)})
      send(task.pid, :go)
      receive do: ({:DOWN, ^mon, :process, _, reason} -> IO.inspect({label, :task_ended, reason}))
      IO.inspect({label, Process.info(self(), :messages)})
    end

    t = Task.async(fn -> :awaited end)
    IO.inspect(Task.await(t))
    t2 = Task.async(fn -> Process.sleep(50); :yielded end)
    IO.inspect(Task.yield(t2, 5))
    IO.inspect(Task.yield(t2, 2000))
    IO.inspect(Process.info(self(), :messages))
  end
end

Main.run()
