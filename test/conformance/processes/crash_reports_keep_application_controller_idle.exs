# GenServer crash reports do not keep the application controller busy: on the BEAM it does no work
# for them; beamlet's answers which application a frame's module belongs to once per module
# (it scanned every application's module list for each frame of each report)
defmodule G do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call(:crash, _, s), do: raise("boom #{s}")
end

defmodule Main do
  def crash(i) do
    {:ok, p} = GenServer.start(G, i)
    ref = Process.monitor(p)
    try do GenServer.call(p, :crash) catch :exit, _ -> :ok end
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    Logger.flush()
  end

  def run do
    ac = Process.whereis(:application_controller)
    crash(0)
    {:reductions, r0} = Process.info(ac, :reductions)
    for i <- 1..20, do: crash(i)
    {:reductions, r1} = Process.info(ac, :reductions)
    IO.inspect(r1 - r0 < 1500, label: "controller nearly idle")
  end
end

Main.run()
