Logger.configure(level: :critical)
defmodule G do
  use GenServer
  def init(:timeout), do: {:ok, :s, 30}
  def init(:continue), do: {:ok, :s, {:continue, :c}}
  def init(:hib), do: {:ok, :s, :hibernate}
  def init(:stop), do: {:stop, :no_way}
  def init(:ignore), do: :ignore
  def init(:raise), do: raise("init raised")
  def init(:bad), do: :bad_init
  def init(:exit_normal), do: exit(:normal)
  def handle_continue(:c, s), do: {:noreply, s, 30}
  def handle_info(:timeout, s), do: {:stop, {:timed_out, s}, s}
  def handle_call(:t, _, s), do: {:reply, :ok, s, 20}
  def handle_call(:h, _, s), do: {:reply, Process.info(self(), :current_function), s, :hibernate}
end
for arg <- [:timeout, :continue] do
  {:ok, p} = GenServer.start(G, arg)
  ref = Process.monitor(p)
  receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: inspect(arg)) end
end
for arg <- [:stop, :ignore, :raise, :bad, :exit_normal] do
  IO.inspect(GenServer.start(G, arg) |> then(fn {:error, {%RuntimeError{} = e, _}} -> {:error, e}; x -> x end), label: inspect(arg))
end
Process.flag(:trap_exit, true)
for arg <- [:stop, :ignore, :raise, :exit_normal] do
  r = GenServer.start_link(G, arg) |> then(fn {:error, {%RuntimeError{} = e, _}} -> {:error, e}; x -> x end)
  m = receive do {:EXIT, _, r} -> {:exit_msg, (case r do {%RuntimeError{} = e, _} -> e; r -> r end)} after 5000 -> :no_exit_msg end
  IO.inspect({r, m}, label: "link #{arg}")
end
{:ok, p} = GenServer.start(G, :hib)
IO.inspect(GenServer.call(p, :h))
IO.inspect(Process.info(p, :current_function))
GenServer.call(p, :t)
ref = Process.monitor(p)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "call timeout") end

# exit signal rules
me = self()
t = spawn(fn -> Process.flag(:trap_exit, true); send(me, :ready); loop = fn l -> receive do m -> send(me, {:t, m}); l.(l) end end; loop.(loop) end)
receive do :ready -> :ok end
Process.exit(t, :normal)
receive do {:t, m} -> IO.inspect(m, label: "trapped normal") end
Process.exit(t, :other)
receive do {:t, m} -> IO.inspect(m, label: "trapped other") end
ref = Process.monitor(t)
Process.exit(t, :kill)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "kill to trapping") end
nt = spawn(fn -> receive do _ -> :ok end end)
Process.exit(nt, :normal)
Process.sleep(10)
IO.inspect(Process.alive?(nt), label: "normal to non-trapping")
Process.exit(nt, :kill)
dead = spawn(fn -> :ok end)
dref = Process.monitor(dead)
receive do {:DOWN, ^dref, _, _, _} -> :ok end
Process.link(dead)
receive do m -> IO.inspect(m |> then(fn {:EXIT, p, r} -> {p == dead, r} end), label: "link to dead") end
s = spawn(fn -> Process.exit(self(), :normal); send(me, :survived?) end)
ref = Process.monitor(s)
receive do
  {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "exit self normal")
  :survived? -> IO.puts("survived")
end
chain = spawn(fn ->
  a = spawn_link(fn -> receive do _ -> :ok end end)
  send(me, {:a, a})
  Process.flag(:trap_exit, true)
  receive do {:EXIT, ^a, r} -> send(me, {:chain_got, r}) end
end)
a = receive do {:a, a} -> a end
Process.exit(a, :kill)
receive do {:chain_got, r} -> IO.inspect(r, label: "linked killed reason") end
_ = chain
IO.puts("end")
