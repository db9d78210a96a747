defmodule Main do
  def run do
    Process.flag(:trap_exit, true)
    t = Task.async(fn -> exit(:task_failed) end)
    linked = receive do
      {:EXIT, pid, reason} -> {pid == t.pid, reason}
    end
    Logger.flush()
    IO.inspect(linked, label: "linked exit")
    try do
      Task.await(t, 100)
    catch
      :exit, r -> IO.inspect(elem(r, 0), label: "await exit")
    end
    {:ok, pid} = Task.start(fn -> raise "unlinked task crash" end)
    ref = Process.monitor(pid)
    m = receive do: ({:DOWN, ^ref, :process, _, {%RuntimeError{message: m}, _}} -> m)
    Logger.flush()
    IO.puts("task died: " <> m)
    r = Task.yield(Task.async(fn -> throw(:oops) end), 500)
    Logger.flush()
    IO.inspect(r |> elem(0), label: "yield after crash")
    receive do
      {:EXIT, _, {{:nocatch, v}, _}} -> IO.inspect(v, label: "nocatch")
    after 200 -> IO.puts("no exit")
    end
  end
end

Main.run()
