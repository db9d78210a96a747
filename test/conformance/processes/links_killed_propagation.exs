defmodule Main do
  def run do
    main = self()
    # kill is untrappable for the target, but linked processes see :killed
    middle = spawn(fn ->
      Process.flag(:trap_exit, true)
      target = spawn_link(fn -> Process.sleep(:infinity) end)
      send(main, {:target, target})
      receive do
        {:EXIT, ^target, r} -> send(main, {:middle_saw, r})
      end
    end)
    target = receive do: ({:target, t} -> t)
    Process.exit(target, :kill)
    receive do: ({:middle_saw, r} -> IO.inspect(r, label: "linked trapping process saw"))
    _ = middle
    # a non-trapping linked process dies with :killed too
    victim = spawn(fn ->
      t = spawn_link(fn -> Process.sleep(:infinity) end)
      send(main, {:t2, t})
      Process.sleep(:infinity)
    end)
    t2 = receive do: ({:t2, t} -> t)
    ref = Process.monitor(victim)
    Process.exit(t2, :kill)
    receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "linked non-trapping died with"))
    trapper = spawn(fn -> Process.flag(:trap_exit, true); Process.sleep(:infinity) end)
    ref2 = Process.monitor(trapper)
    Process.exit(trapper, :kill)
    receive do: ({:DOWN, ^ref2, _, _, r} -> IO.inspect(r, label: "kill ignores trap_exit"))
  end
end

Main.run()
