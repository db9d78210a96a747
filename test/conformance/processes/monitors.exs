defmodule Main do
  def run do
    pid = spawn(fn -> receive do: (:go -> exit(:finished_badly)) end)
    ref = Process.monitor(pid)
    IO.inspect(is_reference(ref))
    send(pid, :go)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "DOWN")
    end
    dead = spawn(fn -> :ok end)
    Process.sleep(20)
    ref2 = Process.monitor(dead)
    receive do
      {:DOWN, ^ref2, :process, ^dead, reason} -> IO.inspect(reason, label: "dead pid")
    end
    p3 = spawn(fn -> receive do: (:never -> :ok) end)
    ref3 = Process.monitor(p3)
    IO.inspect(Process.demonitor(ref3))
    Process.exit(p3, :kill)
    receive do
      {:DOWN, ^ref3, _, _, _} -> IO.puts("should not arrive")
    after
      50 -> IO.puts("no DOWN after demonitor")
    end
    p4 = spawn(fn -> exit(:quick) end)
    ref4 = Process.monitor(p4)
    Process.sleep(20)
    Process.demonitor(ref4, [:flush])
    receive do
      {:DOWN, ^ref4, _, _, _} -> IO.puts("flushed DOWN still here")
    after
      0 -> IO.puts("DOWN flushed")
    end
    {p5, ref5} = spawn_monitor(fn -> raise "crash in monitored" end)
    receive do
      {:DOWN, ^ref5, :process, ^p5, {%RuntimeError{message: m}, _stack}} ->
        Process.sleep(1000)
        Logger.flush()
        IO.puts("monitored crash: #{m}")
    end
    refs = for i <- 1..3, do: spawn_monitor(fn -> exit({:n, i}) end)
    for {_p, r} <- refs do
      receive do
        {:DOWN, ^r, :process, _, reason} -> IO.inspect(reason)
      end
    end
  end
end

Main.run()
