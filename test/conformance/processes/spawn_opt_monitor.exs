defmodule Main do
  def run do
    {pid, ref} = spawn_monitor(fn -> receive do: (:go -> exit(:went)) end)
    send(pid, :go)
    receive do: ({:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r))
    pid2 = Process.spawn(fn -> receive do: (:go -> :ok) end, [:link])
    {:links, l} = Process.info(self(), :links)
    IO.inspect(pid2 in l, label: "spawned with :link")
    send(pid2, :go)
    {pid3, ref3} = Process.spawn(fn -> exit(:via_spawn_opt) end, [:monitor])
    receive do: ({:DOWN, ^ref3, :process, ^pid3, r} -> IO.inspect(r, label: "spawned with :monitor"))
    refs = for _ <- 1..3, do: Process.monitor(pid3)
    for r <- refs, do: receive(do: ({:DOWN, ^r, _, _, reason} -> IO.inspect(reason, label: "late monitor")))
  end
end

Main.run()
