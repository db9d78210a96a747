Logger.configure(level: :critical)
{:ok, ts} = Task.Supervisor.start_link(max_children: 5)
t = Task.Supervisor.async_nolink(ts, fn -> raise "nolink boom" end)
IO.inspect(Task.yield(t, 2000) |> then(fn {:exit, {e, _}} -> {:exit, e} end))
t = Task.Supervisor.async_nolink(ts, fn -> exit(:plain) end)
IO.inspect(Task.yield(t, 2000))
t = Task.Supervisor.async_nolink(ts, fn -> 42 end)
IO.inspect(Task.await(t))
{:ok, pid} = Task.Supervisor.start_child(ts, fn -> receive do :go -> :ok end end)
IO.inspect(Task.Supervisor.children(ts) == [pid])
IO.inspect(Task.Supervisor.terminate_child(ts, pid))
IO.inspect(Task.Supervisor.terminate_child(ts, pid))
{:ok, pid} = Task.Supervisor.start_child(ts, fn -> receive do :go -> exit(:abnormal) end end, restart: :transient)
ref = Process.monitor(pid)
send(pid, :go)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r) end
[pid2] = Task.Supervisor.children(ts)
IO.inspect(pid2 != pid)
send(pid2, :go)
IO.inspect(Task.Supervisor.async_stream_nolink(ts, 1..4, fn i -> if i == 3, do: exit(:three), else: i * 2 end) |> Enum.to_list())
IO.inspect(Task.Supervisor.async_stream(ts, [30, 1, 10], fn ms -> Process.sleep(ms); ms end, max_concurrency: 1) |> Enum.to_list())
IO.inspect(Task.async_stream([1, 10_000, 3], fn ms -> Process.sleep(ms); ms end, timeout: 1500, on_timeout: :kill_task) |> Enum.to_list())
IO.inspect(Task.async_stream(1..6, &(&1 * &1), ordered: false, max_concurrency: 1) |> Enum.to_list())
IO.inspect(Task.async_stream(1..3, &(&1 + 1), zip_input_on_exit: true) |> Enum.map(fn {:ok, v} -> v end))
IO.inspect(Task.async_stream([1, :boom], fn 1 -> 1; x -> exit(x) end, zip_input_on_exit: true) |> then(fn s -> Process.flag(:trap_exit, true); s end) |> Enum.to_list() |> length())
Process.flag(:trap_exit, true)
try do
  Task.async_stream([5000], fn ms -> Process.sleep(ms) end, timeout: 50) |> Enum.to_list()
catch
  :exit, r -> IO.inspect(elem(r, 0), label: "stream timeout")
end
defmodule T do
  use Task, restart: :transient
  def start_link(arg), do: Task.start_link(__MODULE__, :run, [arg])
  def run(arg) do
    send(arg, {:ran, self()})
    receive do :finish -> :ok end
  end
end
IO.inspect(T.child_spec(self()))
{:ok, sup} = Supervisor.start_link([{T, self()}], strategy: :one_for_one)
p = receive do {:ran, p} -> p end
pref = Process.monitor(p)
send(p, :finish)
receive do {:DOWN, ^pref, _, _, r} -> IO.inspect(r, label: "transient task") end
IO.inspect(Supervisor.which_children(sup))
IO.inspect(Supervisor.count_children(sup))
receive do {:EXIT, _, _} = m -> IO.inspect(m, label: "unexpected") after 0 -> :ok end
IO.puts("end")
