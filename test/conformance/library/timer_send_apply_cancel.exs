# :timer one-shot and interval timers as OTP 25: return values, delivery, cancel, bad arguments
defmodule Main do
  def run do
    IO.inspect :timer.send_after(0, :a) |> elem(1) |> elem(0)
    receive do :a -> IO.puts "got a" end
    {:ok, {:send_local, _}} = :timer.send_after(20, :b)
    receive do :b -> IO.puts "got b" end
    Process.register(self(), :main)
    {:ok, {:once, _}} = :timer.send_after(20, :main, :c)
    receive do :c -> IO.puts "got c" end
    me = self()
    {:ok, {:once, _}} = :timer.apply_after(20, Kernel, :send, [me, :d])
    receive do :d -> IO.puts "got d" end
    {:ok, {:interval, _} = t} = :timer.send_interval(20, :tick)
    for i <- 1..3, do: receive(do: (:tick -> IO.puts("tick #{i}")))
    IO.inspect :timer.cancel(t)
    receive do :tick -> :ok after 0 -> :ok end
    receive do :tick -> IO.puts "late tick" after 100 -> IO.puts "no more ticks" end
    {:ok, t} = :timer.apply_interval(20, Kernel, :send, [me, :ap])
    for i <- 1..2, do: receive(do: (:ap -> IO.puts("ap #{i}")))
    IO.inspect :timer.cancel(t)
    receive do :ap -> :ok after 0 -> :ok end
    receive do :ap -> IO.puts "late ap" after 100 -> IO.puts "no more ap" end
    {:ok, t} = :timer.send_after(50, :main, :never)
    IO.inspect :timer.cancel(t)
    receive do :never -> IO.puts "cancel failed" after 150 -> IO.puts "cancelled once" end
    Process.flag(:trap_exit, true)
    pid = spawn_link(fn -> Process.sleep(:infinity) end)
    {:ok, {:once, _}} = :timer.exit_after(20, pid, :bye)
    receive do {:EXIT, ^pid, r} -> IO.inspect r end
    pid = spawn_link(fn -> Process.sleep(:infinity) end)
    {:ok, _} = :timer.kill_after(20, pid)
    receive do {:EXIT, ^pid, r} -> IO.inspect r end
    # an interval stops with the process it serves
    owner = spawn(fn -> {:ok, _} = :timer.apply_interval(10, Kernel, :send, [me, :from_dead]); receive do :stop -> :ok end end)
    receive do :from_dead -> IO.puts "interval from other" end
    ref = Process.monitor(owner)
    send(owner, :stop)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    Process.sleep(30)
    flush = fn f -> receive do :from_dead -> f.(f) after 0 -> :ok end end
    flush.(flush)
    receive do :from_dead -> IO.puts "still ticking" after 100 -> IO.puts "stopped with owner" end
    for bad <- [fn -> :timer.send_after(-1, :a) end, fn -> :timer.send_after(:x, :a) end,
                fn -> :timer.send_interval(-1, :a) end, fn -> :timer.apply_after(1, :m, :f, :notlist) end,
                fn -> :timer.send_after(10, "str", :a) end, fn -> :timer.apply_interval(1, "m", :f, []) end,
                fn -> :timer.cancel(:foo) end] do
      IO.inspect bad.()
    end
    {:ok, {:interval, _} = t} = :timer.send_interval(10, :no_such_name, :a)
    IO.inspect :timer.cancel(t)
    IO.inspect :timer.cancel({:once, make_ref()})
    IO.inspect :timer.cancel({:interval, make_ref()})
    IO.inspect :timer.cancel({:instant, make_ref()})
    IO.inspect is_pid(Process.whereis(:timer_server))
    {:ok, _} = :timer.apply_after(0, IO, :puts, ["applied at once"])
    Process.sleep(50)
    # :erlang.start_timer delivers {:timeout, ref, msg}
    r = :erlang.start_timer(10, self(), :x)
    receive do
      {:timeout, ^r, :x} -> IO.puts("start_timer tuple")
      other -> IO.inspect(other)
    end
  end
end
Main.run()
