# A task's failure has Elixir's frames under the function: Task.Supervised.invoke_mfa/2, reply/4
# for an awaited task (async), and :proc_lib.init_p_do_apply/3 at the bottom; a task process's
# initial call is proc_lib's, its translated one the task's function
Process.flag(:trap_exit, true)
Logger.configure(level: :none)

defmodule Work do
  def fail(x), do: raise(ArgumentError, "bad #{x}")
  def fail_on_go(x) do
    receive do
      :go -> fail(x)
    end
  end

  def wait(parent) do
    send(parent, {:started, self()})
    receive do
      _ -> :ok
    end
  end
end

show = fn ->
  receive do
    {:DOWN, _, :process, _, reason} -> IO.inspect(reason)
    {:EXIT, _, reason} -> IO.inspect(reason)
  end
end

_task = Task.async(fn -> raise "task boom" end)
show.()
show.()

_task = Task.async(Work, :fail, [1])
show.()
show.()

{:ok, pid} = Task.start(fn -> receive do: (:go -> raise "started") end)
Process.monitor(pid)
send(pid, :go)
show.()

{:ok, _pid} = Task.start_link(Work, :fail, [2])
show.()

{:ok, sup} = Task.Supervisor.start_link()
_task = Task.Supervisor.async_nolink(sup, fn -> raise "supervised" end)
show.()

{:ok, child} = Task.Supervisor.start_child(sup, Work, :fail_on_go, [3])
Process.monitor(child)
send(child, :go)
show.()

parent = self()
{:ok, waiting} = Task.start_link(Work, :wait, [parent])

receive do
  {:started, ^waiting} -> :ok
end

IO.inspect(Process.info(waiting, :initial_call))
IO.inspect(:proc_lib.translate_initial_call(waiting))
IO.inspect(:proc_lib.initial_call(waiting))
IO.inspect(Process.info(sup, :initial_call))

task = Task.async(fn -> Process.info(self(), :initial_call) end)
IO.inspect(Task.await(task))
