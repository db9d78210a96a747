defmodule Flaky do
  use GenServer, restart: :transient

  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name) do
    IO.puts("starting #{inspect(name)}")
    {:ok, name}
  end
  def handle_call(:crash, _from, _s), do: raise("kaboom")
  def handle_call(:stop, _from, s), do: {:stop, :normal, :ok, s}
  def handle_call(:ping, _from, s), do: {:reply, :pong, s}
end

defmodule Main do
  def wait_restart(name, old) do
    case Process.whereis(name) do
      pid when is_pid(pid) and pid != old -> pid
      _ -> Process.sleep(5); wait_restart(name, old)
    end
  end

  def run do
    children = [
      Supervisor.child_spec({Flaky, :a}, id: :a),
      Supervisor.child_spec({Flaky, :b}, id: :b),
      %{id: :c, start: {Flaky, :start_link, [:c]}, restart: :temporary}
    ]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_all, max_restarts: 2, max_seconds: 10)
    Process.unlink(sup)
    IO.inspect(Supervisor.count_children(sup))
    old = Process.whereis(:a)
    try do GenServer.call(:a, :crash) catch :exit, _ -> :crashed end
    Logger.flush()
    new = wait_restart(:a, old)
    IO.inspect(new != old)
    IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, _, t, m} -> {id, t, m} end))
    GenServer.call(:b, :stop)
    Process.sleep(50)
    IO.inspect(Supervisor.count_children(sup))
    IO.inspect(Supervisor.terminate_child(sup, :a))
    IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, c, _, _} -> {id, is_pid(c) or c} end))
    IO.inspect(Supervisor.restart_child(sup, :a) |> elem(0))
    IO.inspect(Supervisor.delete_child(sup, :a))
    IO.inspect(Supervisor.terminate_child(sup, :a))
    IO.inspect(Supervisor.delete_child(sup, :b))
    ref = Process.monitor(sup)
    {:ok, _} = Supervisor.start_child(sup, Supervisor.child_spec({Flaky, :d}, id: :d))
    for _ <- 1..3 do
      pid = Process.whereis(:d)
      if pid, do: (try do GenServer.call(:d, :crash) catch :exit, _ -> :crashed end)
      Process.sleep(20)
    end
    receive do
      {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "supervisor down")
    after
      2000 -> IO.puts("still up")
    end
    Logger.flush()
  end
end

require Logger
Main.run()
