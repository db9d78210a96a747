# A GenServer through its lifecycle: handle_continue, init timeouts, :ignore and {:stop, _},
# hibernate, deferred GenServer.reply, {:stop, ...} replies, terminate with trap_exit, crashes
defmodule Srv do
  use GenServer
  def init(:cont), do: {:ok, [:init], {:continue, :warm}}
  def init(:timeout), do: {:ok, [], 20}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :bad_config}
  def init(:trap), do: (Process.flag(:trap_exit, true); {:ok, []})
  def handle_continue(:warm, s), do: {:noreply, [:warmed | s]}
  def handle_info(:timeout, s), do: {:noreply, [:timed_out | s]}
  def handle_info({:EXIT, _, r}, s), do: {:noreply, [{:exit, r} | s]}
  def handle_call(:state, _f, s), do: {:reply, Enum.reverse(s), s}
  def handle_call(:hib, _f, s), do: {:reply, :ok, s, :hibernate}
  def handle_call({:defer, x}, from, s) do
    spawn(fn -> GenServer.reply(from, {:deferred, x}) end)
    {:noreply, s}
  end
  def handle_call(:stop_me, _f, s), do: {:stop, :normal, :stopping, s}
  def handle_cast(:crash, _s), do: exit(:crashed)
  def terminate(reason, _s), do: IO.inspect(reason, label: "terminate")
end
{:ok, a} = GenServer.start(Srv, :cont)
IO.inspect(GenServer.call(a, :state))
{:ok, b} = GenServer.start(Srv, :timeout)
Process.sleep(60)
IO.inspect(GenServer.call(b, :state))
IO.inspect(GenServer.start(Srv, :ignore))
IO.inspect(GenServer.start(Srv, :stop))
IO.inspect(GenServer.call(a, :hib))
IO.inspect(Process.info(a, :current_function))
IO.inspect(GenServer.call(a, {:defer, 7}))
IO.inspect(GenServer.call(a, :stop_me))
Process.sleep(10)
IO.inspect(Process.alive?(a))
{:ok, c} = GenServer.start(Srv, :trap)
l = spawn_link(fn -> :ok end)
Process.sleep(5)
Process.unlink(l)
GenServer.stop(c, :shutdown)
IO.inspect(Process.alive?(c))
{:ok, d} = GenServer.start(Srv, :trap)
ref = Process.monitor(d)
GenServer.cast(d, :crash)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "down") end
Process.flag(:trap_exit, true)
{:ok, e} = GenServer.start_link(Srv, :cont)
Process.exit(e, :kill)
receive do {:EXIT, ^e, r} -> IO.inspect(r, label: "exit") end
IO.inspect(GenServer.start_link(Srv, :stop))
receive do m -> IO.inspect(m, label: "msg") after 50 -> :ok end
IO.inspect(GenServer.whereis(:nobody))
r = try do GenServer.call(:nobody, :x) catch :exit, r -> r end
IO.inspect(r)
