defmodule Main do
  def src(v) do
    """
    defmodule Job do
      def run(parent) do
        send(parent, :running)
        receive do: (:finish -> {:finished_by, #{v}})
      end
    end
    """
  end

  def run do
    Code.put_compiler_option(:ignore_module_conflict, true)
    Code.compile_string(src(1))
    me = self()
    t1 = Task.async(fn -> Job.run(me) end)
    t2 = Task.async(fn -> Job.run(me) end)
    for _ <- 1..2, do: receive(do: (:running -> :ok))
    Code.compile_string(src(2))
    send(t1.pid, :finish)
    IO.inspect(Task.await(t1), label: "task finishing on old code")
    Process.flag(:trap_exit, true)
    IO.inspect(:code.purge(Job), label: "purge")
    IO.inspect(Task.yield(t2, 500), label: "purged task")
    receive do
      {:EXIT, pid, r} -> IO.inspect({pid == t2.pid, r}, label: "EXIT")
    after 500 -> IO.puts("no EXIT")
    end
    t3 = Task.async(fn -> Job.run(me) end)
    receive do: (:running -> :ok)
    send(t3.pid, :finish)
    IO.inspect(Task.await(t3), label: "new task")
  end
end

Main.run()
