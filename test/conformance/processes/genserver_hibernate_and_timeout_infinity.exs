defmodule Lazy do
  use GenServer
  def init(x), do: {:ok, x, :hibernate}
  def handle_call(:get, _f, x), do: {:reply, x, x, :hibernate}
  def handle_call(:slow, _f, x), do: (Process.sleep(100); {:reply, :slow_done, x})
  def handle_cast({:set, v}, _), do: {:noreply, v, :infinity}
end

defmodule Main do
  def run do
    {:ok, p} = GenServer.start(Lazy, :sleepy)
    IO.inspect(GenServer.call(p, :get))
    GenServer.cast(p, {:set, :awake})
    IO.inspect(GenServer.call(p, :get, :infinity))
    IO.inspect(GenServer.call(p, :slow, :infinity))
    IO.inspect(Process.alive?(p))
  end
end

Main.run()
