defmodule Counter do
  use GenServer

  def start_link(_) do
    GenServer.start_link(__MODULE__, 0, name: :counter)
  end

  @impl GenServer
  def init(count) do
    {:ok, count}
  end

  @impl GenServer
  def handle_cast(:increment, count) do
    IO.puts("count[#{@vsn}]: #{count}")
    {:noreply, count + 1}
  end
end
IO.puts("defined")
