defmodule Main do
  def watch(f) do
    {pid, ref} = spawn_monitor(f)
    _ = pid
    receive do
      {:DOWN, ^ref, :process, _, r} -> r
    after
      2000 -> :still_running
    end
  end

  def run do
    IO.inspect(watch(fn -> Process.exit(self(), :normal); Process.sleep(100); :survived end), label: "exit(self, normal)")
    IO.inspect(watch(fn -> Process.exit(self(), :kill) end), label: "exit(self, kill)")
    IO.inspect(watch(fn -> Process.flag(:trap_exit, true); Process.exit(self(), :kill) end), label: "trapping exit(self, kill)")
    IO.inspect(watch(fn ->
      Process.flag(:trap_exit, true)
      Process.exit(self(), :custom)
      receive do
        {:EXIT, _, r} -> exit({:got_own_exit, r})
      end
    end), label: "trapping exit(self, custom)")
    IO.inspect(watch(fn -> exit(:normal) end), label: "exit(:normal)")
    IO.inspect(watch(fn -> :done end), label: "return")
  end
end

Main.run()
