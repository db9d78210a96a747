defmodule T do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:get, _f, s), do: {:reply, s, s}
  def handle_cast({:add, n}, s), do: {:noreply, s + n}
  def handle_info(:tick, s), do: {:noreply, s * 2}
end
{:ok, p} = GenServer.start_link(T, 1)
:ok = :sys.trace(p, true)
GenServer.cast(p, {:add, 2})
send(p, :tick)
IO.inspect GenServer.call(p, :get)
:sys.trace(p, false)
IO.inspect GenServer.call(p, :get)
{:ok, q} = GenServer.start_link(T, [a: 1], name: {:global, :gq})
:sys.trace(q, true)
GenServer.call(q, :get)
