defmodule Counter do
  use GenServer
  @vsn 1

  # version 1 of the state
  defstruct count: 0, step: 1

  def start_link(_) do
    GenServer.start_link(__MODULE__, %Counter{}, name: :counter)
  end

  @impl GenServer
  def init(state) do
    GenServer.cast(self(), :increment)

    {:ok, state}
  end

  @impl GenServer
  def handle_cast(:increment, %Counter{count: count, step: step} = state) do
    IO.puts("count[#{@vsn}]: #{count}")

    Process.sleep(1000)
    GenServer.cast(self(), :increment)

    {:noreply, %Counter{state | count: count + step}}
  end
end
