defmodule Adder do
  def add(a, b), do: a + b
end

{:ok, a} = Agent.start_link(fn -> 1 end, name: :ag)
IO.inspect(Agent.get(:ag, fn s -> s * 10 end))
IO.inspect(Agent.update(a, fn s -> s + 1 end))
IO.inspect(Agent.get_and_update(a, fn s -> {s, s + 100} end))
IO.inspect(Agent.cast(a, fn s -> s * 2 end))
IO.inspect(Agent.get(a, & &1))
IO.inspect(:sys.get_state(:ag))
IO.inspect(Agent.get(a, Adder, :add, [1]))
{:ok, b} = Agent.start(Map, :new, [])
IO.inspect(Agent.get(b, & &1))
IO.inspect(Agent.update(b, Map, :put, [:k, 1]))
IO.inspect(Agent.get(b, & &1))
IO.inspect(Agent.child_spec(:arg))
try do
  Agent.get(a, fn _ -> Process.sleep(200) end, 50)
catch
  :exit, {reason, {mod, fun, [pid, _, t]}} -> IO.inspect({reason, mod, fun, pid == a, t})
end
IO.inspect(Agent.stop(a))
IO.inspect(Process.alive?(a))

t = Task.async(fn -> 1 + 1 end)
IO.inspect(Task.await(t))
t = Task.async(Enum, :sum, [[1, 2, 3]])
IO.inspect(t.mfa)
IO.inspect(Task.await(t))
t = Task.async(fn -> Process.sleep(300) end)
try do
  Task.await(t, 20)
catch
  :exit, {reason, {mod, fun, [task, tm]}} -> IO.inspect({reason, mod, fun, task == t, tm})
end
IO.inspect(Task.yield(Task.async(fn -> :y end)))
t = Task.async(fn -> Process.sleep(300) end)
IO.inspect(Task.yield(t, 10))
IO.inspect(Task.shutdown(t))
IO.inspect(Task.await_many([Task.async(fn -> 1 end), Task.async(fn -> 2 end)]))
t = Task.async(fn -> :done end)
Process.sleep(20)
IO.inspect(Task.shutdown(t))
Process.register(self(), :main)
{:ok, pid} = Task.start(fn -> send(:main, :from_task) end)
IO.inspect(is_pid(pid))
receive do :from_task -> IO.puts("got from_task") after 500 -> IO.puts("none") end
IO.inspect(Task.child_spec(:x))
IO.inspect(Task.async_stream([1, 2, 3], fn x -> x * 2 end) |> Enum.to_list())
Process.flag(:trap_exit, true)
t = Task.async(fn -> raise "task failed" end)
Process.sleep(50)
receive do
  {:EXIT, pid, {e, _}} -> IO.inspect({pid == t.pid, e})
end
{:ok, pid} = Task.start(fn -> exit(:custom) end)
Process.sleep(50)
{:ok, pid} = Task.start(fn -> throw(:ball) end)
Process.sleep(50)
IO.inspect(Task.yield(t, 0) |> elem(0))
