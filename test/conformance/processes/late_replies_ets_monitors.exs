defmodule Slow do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call({:sleep, ms}, _from, s) do
    Process.sleep(ms)
    {:reply, {:slept, ms}, s}
  end
  def handle_call({:hold, from_box}, from, s) do
    send(from_box, {:held, from})
    {:noreply, s}
  end
end

{:ok, pid} = GenServer.start(Slow, nil)
try do
  GenServer.call(pid, {:sleep, 300}, 50)
catch
  :exit, r -> IO.inspect(r, label: "timeout")
end
Process.sleep(400)
IO.inspect(Process.info(self(), :messages), label: "late reply dropped")

me = self()
task = Task.async(fn ->
  try do
    GenServer.call(pid, {:hold, me}, 50)
  catch
    :exit, {r, _} -> r
  end
end)
from = receive do {:held, f} -> f end
IO.inspect(Task.await(task), label: "held call")
GenServer.reply(from, :too_late)
IO.inspect(GenServer.call(pid, {:sleep, 0}))

# aliases by hand
a = :erlang.alias()
send(a, :via_alias)
receive do m -> IO.inspect(m, label: "alias msg") end
IO.inspect(:erlang.unalias(a))
send(a, :dropped)
IO.inspect(:erlang.unalias(a))
a2 = :erlang.alias([:reply])
send(a2, :first)
send(a2, :second)
Process.sleep(10)
IO.inspect(Process.info(self(), :messages), label: "reply alias")
flush = fn f -> receive do _ -> f.(f) after 0 -> :ok end end
flush.(flush)
m = :erlang.monitor(:process, spawn(fn -> :ok end), alias: :demonitor)
receive do {:DOWN, ^m, _, _, r} -> IO.inspect(r, label: "alias monitor down") end
send(m, :after_down)
Process.sleep(10)
IO.inspect(Process.info(self(), :messages), label: "after down")

# demonitor and flush
p = spawn(fn -> :ok end)
ref = Process.monitor(p)
Process.sleep(20)
IO.inspect(Process.demonitor(ref, [:info]), label: "demonitor info (DOWN queued)")
IO.inspect(Process.info(self(), :message_queue_len))
flush.(flush)
p1 = spawn(fn -> receive do :go -> :ok end end)
ref = Process.monitor(p1)
IO.inspect(Process.demonitor(ref, [:flush, :info]), label: "flush info")
send(p1, :go)
IO.inspect(Process.info(self(), :message_queue_len))
p2 = spawn(fn -> receive do :go -> :ok end end)
ref = Process.monitor(p2)
IO.inspect(Process.demonitor(ref, [:info]), label: "info alive")
IO.inspect(Process.demonitor(ref, [:info]), label: "info again")
send(p2, :go)

# ets owned by a dying process
parent = self()
owner = spawn(fn ->
  t = :ets.new(:owned, [:named_table, :public])
  :ets.insert(t, {:k, 1})
  send(parent, :made)
  receive do :die -> :ok end
end)
receive do :made -> :ok end
IO.inspect(:ets.lookup(:owned, :k))
IO.inspect(:ets.info(:owned, :owner) == owner)
ref = Process.monitor(owner)
send(owner, :die)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
IO.inspect(:ets.whereis(:owned))
IO.inspect(:ets.info(:owned))
try do
  :ets.lookup(:owned, :k)
rescue
  e -> IO.puts(Exception.message(e))
end
heir_t = spawn(fn ->
  t = :ets.new(:inherited, [:named_table, :public, {:heir, parent, :gift}])
  :ets.insert(t, {:x, 2})
  send(parent, :made)
  receive do :die -> :ok end
end)
receive do :made -> :ok end
send(heir_t, :die)
receive do {:"ETS-TRANSFER", tab, from, data} -> IO.inspect({tab == :ets.whereis(:inherited), from == heir_t, data}) end
IO.inspect(:ets.info(:inherited, :owner) == self())
IO.inspect(:ets.lookup(:inherited, :x))
t3 = :ets.new(:given, [])
rcv = spawn(fn -> receive do {:"ETS-TRANSFER", t, _, d} -> send(parent, {:got, :ets.tab2list(t), d}) end end)
:ets.insert(t3, {:a, 1})
IO.inspect(:ets.give_away(t3, rcv, :here))
receive do {:got, l, d} -> IO.inspect({l, d}) end
