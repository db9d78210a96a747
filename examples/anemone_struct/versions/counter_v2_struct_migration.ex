defmodule Counter do
  use GenServer
  @vsn 2

  # version 2 of the state: `count` is renamed to `value`, and `ticks` is new
  defstruct value: 0, step: 1, ticks: 0

  def start_link(_) do
    GenServer.start_link(__MODULE__, %Counter{}, name: :counter)
  end

  @impl GenServer
  def init(state) do
    GenServer.cast(self(), :increment)

    {:ok, state}
  end

  @impl GenServer
  def handle_cast(:increment, %Counter{value: value, step: step, ticks: ticks} = state) do
    IO.puts("count[#{@vsn}]: #{value} (ticks: #{ticks})")

    Process.sleep(1000)
    GenServer.cast(self(), :increment)

    {:noreply, %Counter{state | value: value + step, ticks: ticks + 1}}
  end

  # the running process still holds a version 1 struct: %{__struct__: Counter, count: _, step: _}
  @impl GenServer
  def code_change(1, %{__struct__: Counter, count: count, step: step}, _extra) do
    {:ok, %Counter{value: count, step: step, ticks: 0}}
  end
end
