defmodule Box do
  use GenServer
  def init(v), do: {:ok, v}
  def handle_call(:get, _f, v), do: {:reply, v, v}
  def handle_cast({:set, v}, _), do: {:noreply, v}
end

defmodule Main do
  def run do
    {:ok, pid} = GenServer.start_link(Box, %{n: 1}, name: :box)
    IO.inspect(:sys.get_state(:box))
    IO.inspect(:sys.replace_state(:box, fn s -> %{s | n: s.n + 41} end))
    IO.inspect(GenServer.call(:box, :get))
    IO.inspect(:sys.suspend(:box))
    IO.inspect(:sys.suspend(:box))
    GenServer.cast(:box, {:set, :queued})
    IO.inspect(:sys.get_state(:box))
    IO.inspect(:sys.replace_state(:box, fn _ -> :replaced_while_suspended end))
    try do
      GenServer.call(:box, :get, 100)
    catch
      :exit, {:timeout, {GenServer, :call, args}} -> IO.inspect(args, label: "call timeout while suspended")
    end
    IO.inspect(:sys.resume(:box))
    IO.inspect(:sys.resume(:box))
    IO.inspect(GenServer.call(:box, :get))
    {:status, spid, {:module, :gen_server}, _items} = :sys.get_status(:box)
    IO.inspect(spid == pid)
    IO.inspect(:sys.get_state(pid))
  end
end

Main.run()
