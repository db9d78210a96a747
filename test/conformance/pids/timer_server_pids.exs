# :timer's server is the only process an interval timer adds (OTP 25 keeps interval timers in the
# server itself); an apply timer spawns its process when it fires, not when it is set
IO.inspect spawn(fn -> :ok end)
{:ok, t} = :timer.send_interval(10, :tick)
IO.inspect spawn(fn -> :ok end)
receive do :tick -> IO.puts "tick" end
{:ok, t2} = :timer.send_interval(10, self(), :tock)
IO.inspect spawn(fn -> :ok end)
receive do :tock -> IO.puts "tock" end
IO.inspect :timer.cancel(t)
IO.inspect :timer.cancel(t2)
me = self()
{:ok, _} = :timer.apply_after(10, Kernel, :send, [me, :applied])
IO.inspect spawn(fn -> :ok end)
receive do :applied -> IO.puts "applied" end
IO.inspect spawn(fn -> :ok end)
{:ok, t3} = :timer.apply_interval(10, Kernel, :send, [me, :again])
receive do :again -> IO.puts "again" end
receive do :again -> IO.puts "again" end
:timer.cancel(t3)
receive do :again -> :ok after 0 -> :ok end
IO.inspect spawn(fn -> :ok end) > self()
