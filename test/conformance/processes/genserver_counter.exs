defmodule Counter do
  use GenServer

  def start_link(initial), do: GenServer.start_link(__MODULE__, initial, name: __MODULE__)
  def increment(by \\ 1), do: GenServer.cast(__MODULE__, {:inc, by})
  def value, do: GenServer.call(__MODULE__, :value)
  def reset, do: GenServer.call(__MODULE__, :reset)

  @impl true
  def init(initial), do: {:ok, initial}

  @impl true
  def handle_cast({:inc, by}, count), do: {:noreply, count + by}

  @impl true
  def handle_call(:value, _from, count), do: {:reply, count, count}
  def handle_call(:reset, _from, count), do: {:reply, {:old, count}, 0}
end

defmodule Main do
  def run do
    {:ok, pid} = Counter.start_link(10)
    IO.inspect(is_pid(pid))
    IO.inspect(Process.whereis(Counter) == pid)
    Counter.increment()
    Counter.increment(5)
    IO.inspect(Counter.value())
    IO.inspect(Counter.reset())
    for _ <- 1..100, do: Counter.increment()
    IO.inspect(Counter.value())
    IO.inspect(GenServer.call(pid, :value))
    IO.inspect(:sys.get_state(Counter))
  end
end

Main.run()
