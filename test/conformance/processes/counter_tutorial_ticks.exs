# The tutorial's Counter: a GenServer that casts :increment to itself on a timer and prints count[]: N
defmodule Counter do
  use GenServer
  def start_link(parent), do: GenServer.start_link(__MODULE__, parent, name: :counter)
  def init(parent) do
    Process.send_after(self(), :tick, 10)
    {:ok, {parent, 0}}
  end
  def handle_info(:tick, {parent, count}) do
    GenServer.cast(:counter, :increment)
    if count < 4, do: Process.send_after(self(), :tick, 10), else: send(parent, :ticks_done)
    {:noreply, {parent, count}}
  end
  def handle_cast(:increment, {parent, count}) do
    count = count + 1
    IO.puts("count[#{@vsn}]: #{count}")
    {:noreply, {parent, count}}
  end
end

defmodule Main do
  def run do
    {:ok, _} = Counter.start_link(self())
    receive do: (:ticks_done -> :ok)
    {_, n} = :sys.get_state(:counter)
    IO.inspect(n, label: "final")
  end
end

Main.run()
