# :sys.trace(server, true): the server prints each event it handles; the script prints only after
# a synchronous system message, so the server's lines are all written by then
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
v = GenServer.call(p, :get)
:ok = :sys.trace(p, false)
IO.inspect v
IO.inspect GenServer.call(p, :get)
{:ok, q} = GenServer.start_link(T, [a: 1], name: {:global, :gq})
:sys.trace(q, true)
GenServer.call(q, :get)
:sys.trace(q, false)
