# Process.info/2's links, monitors and monitored_by, listed in the BEAM's order
ps = for _ <- 1..7, do: spawn(fn -> Process.sleep(:infinity) end)
IO.inspect(ps, label: "processes")
me = self()

q =
  spawn(fn ->
    Enum.each([3, 1, 5, 0, 6, 2, 4], fn i -> Process.link(Enum.at(ps, i)) end)
    send(me, {:links, Process.info(self(), :links)})
    Process.unlink(Enum.at(ps, 5))
    Process.unlink(Enum.at(ps, 1))
    send(me, {:after_unlink, Process.info(self(), :links)})
    refs = for i <- [4, 2, 6, 0, 1], do: Process.monitor(Enum.at(ps, i))
    send(me, {:monitors, Process.info(self(), :monitors)})
    Process.demonitor(Enum.at(refs, 1))
    Process.demonitor(Enum.at(refs, 0))
    send(me, {:after_demonitor, Process.info(self(), :monitors)})
    Process.sleep(:infinity)
  end)

for _ <- 1..4, do: receive(do: (m -> IO.inspect(m)))
watchers = for _ <- 1..4, do: spawn(fn -> Process.monitor(Enum.at(ps, 6)); send(me, :ok); Process.sleep(:infinity) end)
for _ <- 1..4, do: receive(do: (:ok -> :ok))
IO.inspect({q, watchers, Process.info(Enum.at(ps, 6), :monitored_by)})
l = spawn_link(fn -> Process.sleep(:infinity) end)
IO.inspect({l, Process.info(self(), :links)}, label: "main's links")
IO.puts(Process.group_leader(), "written through the group leader")
