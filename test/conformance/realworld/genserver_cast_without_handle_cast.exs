defmodule Counter do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:get, _, n), do: {:reply, n, n}
end
{:ok, pid} = GenServer.start_link(Counter, 0)
IO.inspect(GenServer.call(pid, :get))
GenServer.cast(pid, :inc)
Process.sleep(100)
IO.inspect(GenServer.call(pid, :get))
