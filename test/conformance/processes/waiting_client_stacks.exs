# where a process waits, as Process.info(pid, :current_stacktrace) shows it: a :sys call waits in
# gen.erl's do_call/4 under sys.erl's send_system_msg/2,3; Task.await/yield wait at their own lines;
# a suspended server waits in sys.erl's suspend_loop/6
defmodule Main do
  def run do
    show = fn label, f ->
      p = spawn(f)
      wait_until_waiting(p)
      {:current_stacktrace, st} = Process.info(p, :current_stacktrace)
      IO.inspect(st, label: label)
      Process.exit(p, :kill)
    end

    server = spawn(fn -> Process.sleep(:infinity) end)
    show.("get_state", fn -> :sys.get_state(server) end)
    show.("get_state/2", fn -> :sys.get_state(server, 5000) end)
    show.("get_status", fn -> :sys.get_status(server) end)
    show.("suspend", fn -> :sys.suspend(server) end)
    show.("replace_state/3", fn -> :sys.replace_state(server, & &1, :infinity) end)
    show.("Task.await", fn -> Task.await(Task.async(fn -> Process.sleep(:infinity) end), :infinity) end)
    show.("Task.yield", fn -> Task.yield(Task.async(fn -> Process.sleep(:infinity) end), 5000) end)

    {:ok, agent} = Agent.start(fn -> 1 end)
    :sys.suspend(agent)
    wait_until_waiting(agent)
    {:current_stacktrace, st} = Process.info(agent, :current_stacktrace)
    IO.inspect(st, label: "suspended agent")
    :sys.resume(agent)
    IO.inspect(Agent.get(agent, & &1), label: "resumed")

    # the exits of a failed :sys call and Task.await are unchanged
    try do
      :sys.get_state(server, 10)
    catch
      :exit, reason -> IO.inspect(reason, label: "sys timeout")
    end

    try do
      :sys.get_state(:nobody)
    catch
      :exit, reason -> IO.inspect(reason, label: "sys noproc")
    end

    t = Task.async(fn -> Process.sleep(:infinity) end)

    try do
      Task.await(t, 10)
    catch
      :exit, {reason, _} -> IO.inspect({reason, hd(__STACKTRACE__)}, label: "await timeout")
    end
  end

  defp wait_until_waiting(p) do
    case Process.info(p, :status) do
      {:status, :waiting} -> :ok
      _ -> Process.sleep(10); wait_until_waiting(p)
    end
  end
end

Main.run()
