# One sender's signals arrive in the order it sent them: after Process.exit(pid, reason) a
# monitor or link the same process makes finds pid gone (DOWN :noproc, EXIT :noproc), not dying
# of the reason; a link to a dead process returns true and then kills a caller that does not
# trap exits with :noproc.
defmodule Main do
  def sleeper, do: spawn(fn -> Process.sleep(:infinity) end)

  def run do
    pid = sleeper()
    Process.exit(pid, :kill)
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, :process, ^pid, why} -> IO.inspect(why, label: "monitor after kill") end

    pid2 = sleeper()
    Process.exit(pid2, :boom)
    ref2 = Process.monitor(pid2)
    receive do {:DOWN, ^ref2, :process, ^pid2, why} -> IO.inspect(why, label: "monitor after exit") end

    pid3 = sleeper()
    Process.exit(pid3, :kill)
    IO.inspect(Process.alive?(pid3), label: "alive after kill")

    pid4 = sleeper()
    Process.register(pid4, :doomed)
    Process.exit(pid4, :kill)
    ref4 = Process.monitor(:doomed)
    receive do {:DOWN, ^ref4, :process, who, why} -> IO.inspect({who, why}, label: "named") end

    # a process that links to one it has just killed, without trapping exits
    main = self()
    linker = spawn(fn ->
      victim = sleeper()
      Process.exit(victim, :kill)
      send(main, {:link_returns, Process.link(victim)})
      Process.sleep(100)
      send(main, :never_sent)
    end)
    lref = Process.monitor(linker)
    receive do {:link_returns, r} -> IO.inspect(r, label: "link returns") end
    receive do {:DOWN, ^lref, :process, ^linker, why} -> IO.inspect(why, label: "linker died") end

    Process.flag(:trap_exit, true)
    pid5 = sleeper()
    Process.exit(pid5, :kill)
    IO.inspect(Process.link(pid5), label: "trapping link")
    receive do {:EXIT, ^pid5, why} -> IO.inspect(why, label: "EXIT") end

    pid6 = spawn(fn -> receive do :go -> :ok end end)
    send(pid6, :go)
    ref6 = Process.monitor(pid6)
    receive do {:DOWN, ^ref6, _, _, why} -> IO.inspect(why, label: "ended normally") end
    receive do :never_sent -> IO.puts("the linker lived on") after 0 -> :ok end

    Process.flag(:trap_exit, false)
    pid7 = sleeper()
    Process.exit(pid7, :kill)
    Process.link(pid7)
    IO.puts("main links to a killed process")
    Process.sleep(100)
    IO.puts("not reached")
  end
end

Main.run()
