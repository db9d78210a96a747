defmodule Pipeline do
  use GenServer
  def init(n), do: {:ok, [{:init, n}], {:continue, {:step, 1}}}
  def handle_continue({:step, k}, log) when k < 4, do: {:noreply, [{:step, k} | log], {:continue, {:step, k + 1}}}
  def handle_continue({:step, k}, log), do: {:noreply, [{:last, k} | log]}
  def handle_continue(:after_cast, log), do: {:noreply, [:continued_after_cast | log]}
  def handle_cast(:poke, log), do: {:noreply, [:poked | log], {:continue, :after_cast}}
  def handle_call(:log, _f, log), do: {:reply, Enum.reverse(log), log}
  def handle_info(:ping, log), do: {:noreply, [:pinged | log], {:continue, {:step, 10}}}
end

defmodule Main do
  def run do
    {:ok, p} = GenServer.start(Pipeline, 0)
    IO.inspect(GenServer.call(p, :log))
    GenServer.cast(p, :poke)
    send(p, :ping)
    IO.inspect(GenServer.call(p, :log))
  end
end

Main.run()
