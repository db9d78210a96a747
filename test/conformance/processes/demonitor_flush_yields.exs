# demonitor(ref, [:flush]) of a monitor no longer active (its process gone, or no monitor at all)
# lets the processes ready to run go first, as OTP 25's BIF does: after GenServer.stop (whose
# call demonitors so once the server has replied and gone) a process linked to the server, a
# Registry's partition, has handled its exit
defmodule W do
  use GenServer
  def start_link(k), do: GenServer.start_link(__MODULE__, k, name: {:via, Registry, {R, k}})
  def init(k), do: {:ok, k}
  def handle_call(:stop_me, _from, s), do: {:stop, :normal, :ok, s}
end

defmodule Main do
  # g is linked to a process trapping exits that records the exit in :t; `wait` runs in the
  # script's process, which then shows whether that process has run
  def trial(label, g_body, wait) do
    me = self()
    :ets.delete_all_objects(:t)
    g = spawn(fn -> receive do {:go, to} -> g_body.(to) end end)
    spawn(fn -> Process.flag(:trap_exit, true); Process.link(g); send(me, :linked); receive do {:EXIT, _, r} -> :ets.insert(:t, {:w, r}) end end)
    receive do :linked -> :ok end
    wait.(g)
    IO.inspect({label, :ets.tab2list(:t)})
  end

  def reply(to), do: send(to, :reply)

  def run do
    :ets.new(:t, [:named_table, :public])
    trial(:no_demonitor, &reply/1, fn g -> _ = Process.monitor(g); send(g, {:go, self()}); receive do :reply -> :ok end end)
    trial(:demonitor, &reply/1, fn g -> m = Process.monitor(g); send(g, {:go, self()}); receive do :reply -> Process.demonitor(m) end end)
    trial(:flush, &reply/1, fn g -> m = Process.monitor(g); send(g, {:go, self()}); receive do :reply -> Process.demonitor(m, [:flush]) end end)
    trial(:flush_info, &reply/1, fn g -> m = Process.monitor(g); send(g, {:go, self()}); receive do :reply -> Process.demonitor(m, [:flush, :info]) end end)
    trial(:info, &reply/1, fn g -> m = Process.monitor(g); send(g, {:go, self()}); receive do :reply -> Process.demonitor(m, [:info]) end end)
    trial(:other_ref_flush, &reply/1, fn g -> _ = Process.monitor(g); send(g, {:go, self()}); receive do :reply -> Process.demonitor(make_ref(), [:flush]) end end)
    trial(:alias_flush, &reply/1, fn g -> m = :erlang.monitor(:process, g, alias: :demonitor); send(g, {:go, m}); receive do :reply -> Process.demonitor(m, [:flush]) end end)
    trial(:receive_down, &reply/1, fn g -> m = Process.monitor(g); send(g, {:go, self()}); receive do :reply -> (receive do {:DOWN, ^m, _, _, _} -> :ok end) end end)

    {:ok, _} = Registry.start_link(keys: :unique, name: R)
    {:ok, a} = W.start_link(:a)
    {:ok, b} = W.start_link(:b)
    {:ok, _c} = W.start_link(:c)
    IO.inspect(Registry.count(R))
    GenServer.stop(a)
    IO.inspect({:after_stop, Registry.count(R), Registry.lookup(R, :a)})
    :ok = GenServer.call(b, :stop_me)
    IO.inspect({:after_stopping_call, Registry.count(R), Registry.keys(R, b)})
  end
end

Main.run()
