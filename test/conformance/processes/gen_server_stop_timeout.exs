# GenServer.stop goes through :proc_lib.stop: a timeout exits the caller but leaves the server
# running (it is not killed), and the caller's stack and exits are proc_lib.erl's
defmodule Slow do
  use GenServer
  def init(s), do: {:ok, s}
  def terminate(_, :slow), do: Process.sleep(300)
  def terminate(_, :other), do: exit(:other)
  def terminate(_, _), do: :ok
end

defmodule Main do
  def run do
    plain = spawn(fn -> Process.sleep(:infinity) end)
    try do
      GenServer.stop(plain, :normal, 50)
    catch
      :exit, e -> IO.inspect({e, hd(__STACKTRACE__)}, label: "plain process")
    end
    IO.inspect(Process.alive?(plain), label: "plain process alive")

    {:ok, slow} = GenServer.start(Slow, :slow)
    try do
      GenServer.stop(slow, :normal, 50)
    catch
      :exit, e -> IO.inspect(elem(e, 0), label: "terminate too slow")
    end
    IO.inspect(Process.alive?(slow), label: "slow server alive")

    # where a caller of GenServer.stop waits
    waiter = spawn(fn -> GenServer.stop(plain) end)
    wait_until_waiting(waiter)
    {:current_stacktrace, st} = Process.info(waiter, :current_stacktrace)
    IO.inspect(st, label: "waiting in GenServer.stop")
    Process.exit(waiter, :kill)

    # :proc_lib.stop's own exits
    calls = [
      sys_timeout: fn -> :proc_lib.stop(plain, :normal, 50) end,
      stop_timeout: fn ->
        {:ok, s} = GenServer.start(Slow, :slow)
        :proc_lib.stop(s, :normal, 50)
      end,
      dead: fn ->
        {pid, ref} = spawn_monitor(fn -> :ok end)
        receive do
          {:DOWN, ^ref, _, _, _} -> :proc_lib.stop(pid, :normal, 500)
        end
      end,
      dies_meanwhile: fn ->
        pid = spawn(fn -> receive do _ -> exit(:boom) end end)
        :proc_lib.stop(pid, :normal, 500)
      end,
      terminate_exits: fn ->
        {:ok, s} = GenServer.start(Slow, :other)
        :proc_lib.stop(s)
      end
    ]

    for {name, f} <- calls do
      try do
        IO.inspect(f.(), label: name)
      catch
        :exit, e ->
          reason = if is_tuple(e), do: elem(e, 0), else: e
          IO.inspect({reason, hd(__STACKTRACE__)}, label: name)
      end
    end

    Logger.flush()
    {:ok, s} = GenServer.start(Slow, :fine)
    IO.inspect(GenServer.stop(s, :shutdown), label: "normal stop")
  end

  defp wait_until_waiting(p) do
    case Process.info(p, :status) do
      {:status, :waiting} -> :ok
      _ -> Process.sleep(10); wait_until_waiting(p)
    end
  end
end

Main.run()
