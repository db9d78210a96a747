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
    try do
      GenServer.call(:fragile, :divide)
    catch
      :exit, {{reason, _stack}, {GenServer, :call, [name, msg, timeout]}} ->
        IO.inspect({reason, name, msg, timeout}, label: "caller saw")
    end
    receive do: ({:DOWN, ^ref, :process, _, {r, _}} -> IO.inspect(r, label: "down"))
    Logger.flush()
    IO.puts("---")
    {:ok, pid2} = GenServer.start(Fragile, 5)
    ref2 = Process.monitor(pid2)
    GenServer.cast(pid2, :crash)
    receive do: ({:DOWN, ^ref2, :process, _, {e, _}} -> IO.inspect(e.__struct__, label: "down2"))
    Logger.flush()
    IO.puts("end")
  end
end

Main.run()
