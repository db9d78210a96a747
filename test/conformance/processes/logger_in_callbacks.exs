require Logger

defmodule Audited do
  use GenServer
  require Logger
  def init(n) do
    Logger.info("init #{n}")
    {:ok, n}
  end
  def handle_call({:add, x}, _f, n) do
    if x < 0, do: Logger.warning("negative amount #{x}")
    {:reply, n + x, n + x}
  end
  def terminate(reason, n) do
    Logger.error("terminating #{inspect(reason)} at #{n}")
  end
end

defmodule Main do
  def run do
    {:ok, p} = GenServer.start(Audited, 10)
    Logger.flush()
    IO.inspect(GenServer.call(p, {:add, 5}))
    r = GenServer.call(p, {:add, -3})
    Logger.flush()
    IO.inspect(r)
    IO.puts("stopping")
    GenServer.stop(p, :normal)
    Logger.flush()
    IO.puts("stopped")
  end
end

Main.run()
