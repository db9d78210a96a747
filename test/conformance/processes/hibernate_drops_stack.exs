# :erlang.hibernate/3 drops the process's whole stack, its tries included: hibernate never
# returns, a catch around it is gone, and the process ends when the woken function returns (an
# error there is not rescued; its stack trace starts at the woken function)
defmodule Hib do
  def after_wake(tag) do
    receive do
      msg -> IO.inspect({tag, :woke_with, msg})
    end

    :returned
  end

  def crash_after_wake do
    receive do
      n -> 1 / n
    end
  end

  def run do
    pid =
      spawn(fn ->
        try do
          :erlang.hibernate(Hib, :after_wake, [:plain])
          IO.puts("never: hibernate does not return")
        catch
          _, _ -> IO.puts("never: the catch is gone")
        end
      end)

    ref = Process.monitor(pid)
    Process.sleep(100)
    IO.inspect(Process.info(pid, :status))
    send(pid, :hello)
    receive do {:DOWN, ^ref, _, _, reason} -> IO.inspect({:down, reason}) end

    pid2 =
      spawn(fn ->
        try do
          Process.hibernate(Hib, :crash_after_wake, [])
        rescue
          e -> IO.inspect({:never_rescued, e})
        end
      end)

    ref2 = Process.monitor(pid2)
    Process.sleep(100)
    send(pid2, 0)
    receive do {:DOWN, ^ref2, _, _, {reason, stack}} -> IO.inspect({:down, reason, stack}) end
    Process.sleep(500)
    Logger.flush()
  end
end

Hib.run()
