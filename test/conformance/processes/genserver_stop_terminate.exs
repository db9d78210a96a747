defmodule Res do
  use GenServer
  def init(name) do
    Process.flag(:trap_exit, true)
    IO.puts("#{name} init")
    {:ok, name}
  end
  def handle_cast(:stop_normal, s), do: {:stop, :normal, s}
  def handle_cast(:stop_custom, s), do: {:stop, {:shutdown, :custom}, s}
  def terminate(reason, name), do: IO.puts("#{name} terminate: #{inspect(reason)}")
end

defmodule Main do
  def stop_and_wait(pid, how) do
    ref = Process.monitor(pid)
    how.()
    receive do
      {:DOWN, ^ref, :process, _, r} -> IO.inspect(r, label: "down reason")
    end
  end

  def run do
    {:ok, a} = GenServer.start(Res, "a")
    stop_and_wait(a, fn -> GenServer.cast(a, :stop_normal) end)
    {:ok, b} = GenServer.start(Res, "b")
    stop_and_wait(b, fn -> GenServer.cast(b, :stop_custom) end)
    {:ok, c} = GenServer.start(Res, "c")
    IO.inspect(GenServer.stop(c, :shutdown))
    {:ok, d} = GenServer.start(Res, "d")
    IO.inspect(GenServer.stop(d))
    {:ok, e} = GenServer.start_link(Res, "e")
    Process.flag(:trap_exit, true)
    Process.exit(e, :shutdown)
    receive do: ({:EXIT, ^e, r} -> IO.inspect(r, label: "EXIT e"))
    try do
      GenServer.stop(e)
    catch
      :exit, r -> IO.inspect(r, label: "stop dead server")
    end
  end
end

Main.run()
