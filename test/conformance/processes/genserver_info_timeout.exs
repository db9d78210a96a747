defmodule Ticker do
  use GenServer
  def start_link(parent), do: GenServer.start_link(__MODULE__, parent)
  def init(parent) do
    Process.send_after(self(), :tick, 10)
    {:ok, {parent, 0}}
  end
  def handle_info(:tick, {parent, n}) when n < 5 do
    send(parent, {:tick, n})
    Process.send_after(self(), :tick, 10)
    {:noreply, {parent, n + 1}}
  end
  def handle_info(:tick, {parent, n}) do
    send(parent, :ticks_done)
    {:noreply, {parent, n}, 50}
  end
  def handle_info(:timeout, {parent, n}) do
    send(parent, {:idle_timeout, n})
    {:noreply, {parent, n}}
  end
  def handle_info(other, state) do
    send(elem(state, 0), {:unexpected, other})
    {:noreply, state}
  end
end

defmodule Main do
  def run do
    {:ok, pid} = Ticker.start_link(self())
    for _ <- 1..5, do: receive(do: ({:tick, n} -> IO.puts("tick #{n}")))
    receive do: (:ticks_done -> IO.puts("done ticking"))
    receive do: ({:idle_timeout, n} -> IO.puts("idle after #{n}"))
    send(pid, :random_message)
    receive do: ({:unexpected, m} -> IO.inspect(m, label: "unexpected"))
  end
end

Main.run()
