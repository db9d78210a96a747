# Calls Elixir 1.14 compiles into the BIF with the arguments reordered or completed:
# Process.send_after/3,4 (:erlang.send_after(time, dest, msg[, opts]), the time evaluated first),
# Process.monitor/1 and Process.group_leader/2; a failure has no Process frame. apply/3, captures
# and evaluated code without the rewrite still run the Process function (its frame at Elixir's line).
defmodule Main do
  def clean(t) when is_pid(t), do: :pid
  def clean(t) when is_tuple(t), do: t |> Tuple.to_list() |> Enum.map(&clean/1) |> List.to_tuple()
  def clean(t) when is_list(t), do: Enum.map(t, &clean/1)
  def clean(t), do: t

  def trace(f) do
    try do
      f.()
    rescue
      e -> IO.inspect({e.__struct__, clean(Enum.take(__STACKTRACE__, 2))})
    end
  end

  def run do
    me = self()
    r = Process.send_after(IO.inspect(me, label: "dest") && me, IO.inspect(:m, label: "msg"), IO.inspect(10, label: "time"))
    IO.inspect(is_reference(r))
    r = Process.send_after(IO.inspect(me, label: "dest") && me, IO.inspect(:m, label: "msg"), IO.inspect(10, label: "time"), IO.inspect([], label: "opts"))
    IO.inspect(is_reference(r))
    receive do :m -> :ok end
    receive do :m -> :ok end
    IO.inspect(&Process.send_after/3)
    IO.inspect(&Process.monitor/1)
    trace(fn -> Process.send_after(me, :x, -1) end)
    trace(fn -> Process.send_after(me, :x, -1, []) end)
    trace(fn -> Process.send_after(me, :x, 1, [:bad]) end)
    trace(fn -> Process.monitor(1) end)
    trace(fn -> Process.group_leader(1, me) end)
    trace(fn -> apply(Process, :send_after, [me, :x, -1]) end)
    f = &Process.send_after/3
    trace(fn -> f.(me, :x, -1) end)
    trace(fn -> apply(Process, :monitor, [1]) end)
    trace(fn -> Code.eval_string("Process.send_after(self(), :x, -1)") end)
    trace(fn -> Code.eval_string("Process.monitor(1)") end)
    IO.inspect(Process.group_leader(me, Process.group_leader()))
    ref = Process.monitor(spawn(fn -> :ok end))
    receive do {:DOWN, ^ref, :process, _, r} -> IO.inspect(r) end
  end
end

Main.run()
