# GenServer.multi_call/2,3,4 and abcast/2,3 on the local node: the replies as {node, reply} with
# the bad nodes (a name nobody registered, a node that is not this one), casts to every node.
defmodule Counter do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_call(:slow, _from, n), do: (Process.sleep(200); {:reply, n, n})
  def handle_cast({:add, k}, n), do: {:noreply, n + k}
end

defmodule Main do
  def run do
    {:ok, _} = GenServer.start_link(Counter, 1, name: :counter)
    IO.inspect(GenServer.multi_call(:counter, :get))
    IO.inspect(GenServer.multi_call([node()], :counter, :get))
    IO.inspect(GenServer.multi_call([node(), :other@host], :counter, :get, 5000))
    IO.inspect(GenServer.multi_call(:nobody, :get))
    IO.inspect(GenServer.abcast(:counter, {:add, 2}))
    IO.inspect(GenServer.abcast([node(), :other@host], :counter, {:add, 3}))
    IO.inspect(GenServer.call(:counter, :get))
    IO.inspect(GenServer.multi_call([node()], :counter, :slow, 50))
    IO.inspect(:gen_server.multi_call(:counter, :get))
  end
end

Main.run()
