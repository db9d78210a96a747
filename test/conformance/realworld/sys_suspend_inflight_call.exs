defmodule Slow do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_call({:add, k}, _from, n), do: {:reply, n + k, n + k}
  def handle_cast({:add, k}, n), do: {:noreply, n + k}
  def handle_info(:tick, n), do: {:noreply, n + 100}
end

{:ok, s} = GenServer.start_link(Slow, 1)
me = self()
:ok = :sys.suspend(s)
caller = spawn(fn -> send(me, {:reply, GenServer.call(s, {:add, 10})}) end)
GenServer.cast(s, {:add, 5})
send(s, :tick)
Process.sleep(50)
IO.inspect(Process.info(s, :message_queue_len))
{:status, _, {:module, :gen_server}, [_pdict, sys_status | _]} = :sys.get_status(s)
IO.inspect(sys_status)
IO.inspect(Process.alive?(caller))
receive do
  m -> IO.inspect(m, label: "unexpected")
after
  0 -> IO.puts("no reply while suspended")
end
IO.inspect(:sys.replace_state(s, fn n -> n * 2 end))
:ok = :sys.resume(s)
receive do
  {:reply, r} -> IO.inspect(r, label: "reply after resume")
end
IO.inspect(GenServer.call(s, :get))
:sys.suspend(s)
r =
  try do
    GenServer.call(s, :get, 30)
  catch
    :exit, {:timeout, {GenServer, :call, [_, :get, 30]}} -> :timed_out
  end
IO.inspect(r)
:sys.resume(s)
Process.sleep(10)
IO.inspect(GenServer.call(s, :get))
receive do
  {ref, v} when is_reference(ref) -> IO.inspect(v, label: "late reply")
after
  20 -> IO.puts("late reply dropped")
end
{:ok, a} = Agent.start_link(fn -> 0 end)
:sys.suspend(a)
t = Task.async(fn -> Agent.get(a, & &1 + 1) end)
IO.inspect(Task.yield(t, 30))
:sys.resume(a)
IO.inspect(Task.await(t))
IO.inspect(:sys.get_state(a))
:sys.suspend(a)
IO.inspect(:sys.get_state(a))
IO.inspect(Agent.get(a, & &1, 50))
:sys.resume(a)
IO.inspect(:sys.statistics(a, :get))
IO.inspect(:sys.trace(a, false))
