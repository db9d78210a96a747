defmodule Main do
  def run do
    Process.flag(:trap_exit, true)
    t = Task.async(fn -> exit(:task_failed) end)
    receive do
      {:EXIT, pid, reason} -> IO.inspect({pid == t.pid, reason}, label: "linked exit")
    end
    try do
      Task.await(t, 100)
    catch
      :exit, r -> IO.inspect(elem(r, 0), label: "await exit")
    end
    {:ok, pid} = Task.start(fn -> raise "unlinked task crash" end)
    ref = Process.monitor(pid)
    receive do: ({:DOWN, ^ref, :process, _, {%RuntimeError{message: m}, _}} -> IO.puts("task died: " <> m))
    Logger.flush()
    r = Task.yield(Task.async(fn -> throw(:oops) end), 500)
    IO.inspect(r |> elem(0), label: "yield after crash")
    receive do
      {:EXIT, _, {{:nocatch, v}, _}} -> IO.inspect(v, label: "nocatch")
    after 200 -> IO.puts("no exit")
    end
  end
end

Main.run()
