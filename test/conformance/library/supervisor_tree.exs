defmodule Worker do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name), do: {:ok, name}
  def handle_call(:crash, _, _), do: raise("boom")
  def handle_call(:ping, _, s), do: {:reply, {:pong, s}, s}
end

defmodule Main do
  def run do
    children = [
      %{id: :w1, start: {Worker, :start_link, [:w1]}},
      %{id: :w2, start: {Worker, :start_link, [:w2]}}
    ]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
    IO.inspect Supervisor.count_children(sup)
    IO.inspect Supervisor.which_children(sup) |> Enum.map(fn {id, _, type, mods} -> {id, type, mods} end) |> Enum.sort()
    IO.inspect GenServer.call(:w1, :ping)
    old = Process.whereis(:w1)
    ref = Process.monitor(old)
    catch_exit(GenServer.call(:w1, :crash))
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    Logger.flush()
    wait_for(:w1, old)
    IO.inspect Process.whereis(:w1) != old
    IO.inspect GenServer.call(:w1, :ping)
    IO.inspect Supervisor.terminate_child(sup, :w2)
    IO.inspect Supervisor.restart_child(sup, :w2) |> elem(0)
    IO.inspect Supervisor.delete_child(sup, :w2)
    IO.inspect Supervisor.terminate_child(sup, :w2)
    IO.inspect Supervisor.delete_child(sup, :w2)
    IO.inspect Supervisor.count_children(sup).active
    Supervisor.stop(sup)
    IO.inspect Process.whereis(:w1)
  end

  defp wait_for(name, old) do
    case Process.whereis(name) do
      pid when is_pid(pid) and pid != old -> :ok
      _ -> Process.sleep(10); wait_for(name, old)
    end
  end
end

require Logger
Logger.configure(level: :emergency)
Main.run()
