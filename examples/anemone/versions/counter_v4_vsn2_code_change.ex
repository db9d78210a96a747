defmodule Counter do
  use GenServer
  @vsn 2

  def start_link(_) do
    GenServer.start_link(__MODULE__, 0, name: :counter)
  end

  @impl GenServer
  def init(count) do
    GenServer.cast(self(), :increment)

    {:ok, count}
  end

  @impl GenServer
  def handle_cast(:increment, count) do
    IO.puts("count[#{@vsn}]: #{count}")

    Process.sleep(1000)
    GenServer.cast(self(), :increment)

    {:noreply, count + 2}
  end

  @impl GenServer
  def code_change(1, count, _extra), do: {:ok, count + 1000}
end
