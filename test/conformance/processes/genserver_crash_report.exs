defmodule Fragile do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:divide, _from, n), do: {:reply, 100 / n, n}
  def handle_cast(:crash, _n), do: raise(ArgumentError, "cast crash")
end

defmodule Main do
  def run do
    {:ok, pid} = GenServer.start(Fragile, 0, name: :fragile)
    ref = Process.monitor(pid)
    seen =
      try do
        GenServer.call(:fragile, :divide)
      catch
        :exit, {{reason, _stack}, {GenServer, :call, [name, msg, timeout]}} ->
          {reason, name, msg, timeout}
      end
    down = receive do: ({:DOWN, ^ref, :process, _, {r, _}} -> r)
    Logger.flush()
    IO.inspect(seen, label: "caller saw")
    IO.inspect(down, label: "down")
    IO.puts("---")
    {:ok, pid2} = GenServer.start(Fragile, 5)
    ref2 = Process.monitor(pid2)
    GenServer.cast(pid2, :crash)
    down2 = receive do: ({:DOWN, ^ref2, :process, _, {e, _}} -> e.__struct__)
    Logger.flush()
    IO.inspect(down2, label: "down2")
    IO.puts("end")
  end
end

Main.run()
