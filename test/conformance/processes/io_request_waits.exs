# IO.puts is a request to the group leader: the writer waits for its reply, so a process that
# prints as its last act is still alive when another process monitors it just after.
# A process whose last act is a computation is gone by then.
defmodule M do
  def run do
    me = self()
    pid = spawn(fn -> send(me, :started); IO.puts("puts last") end)
    receive do :started -> :ok end
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "after puts") end
    pid = spawn(fn -> send(me, :started); IO.write("write last\n") end)
    receive do :started -> :ok end
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "after write") end
    pid = spawn(fn -> send(me, :started); Enum.sum([1, 2]) end)
    receive do :started -> :ok end
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "after computation") end
    {:ok, _} = Task.Supervisor.start_link(name: TS)
    {:ok, pid} = Task.Supervisor.start_child(TS, fn -> IO.puts("fire and forget") end)
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "task child") end
  end
end
M.run()
