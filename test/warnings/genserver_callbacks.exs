defmodule S do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, 0)
  @impl true
  def init(state), do: {:ok, 0}
  @impl true
  def handle_call(:get, from, state), do: {:reply, state, state}
  @impl true
  def handle_cast(msg, state), do: {:noreply, state}
end
{:ok, pid} = S.start_link(nil)
IO.inspect(GenServer.call(pid, :get))
