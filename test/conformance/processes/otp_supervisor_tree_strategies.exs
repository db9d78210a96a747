defmodule Worker do
  use GenServer, restart: :permanent
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name) do
    IO.puts("start #{inspect(name)}")
    {:ok, name}
  end
  def handle_call(:crash, _from, name), do: raise("boom in #{name}")
  def handle_call(:ping, _from, name), do: {:reply, {:pong, name}, name}
end

defmodule Tree do
  def run(strategy) do
    IO.puts("== #{strategy}")
    children = [
      Supervisor.child_spec({Worker, :w1}, id: :w1),
      Supervisor.child_spec({Worker, :w2}, id: :w2),
      Supervisor.child_spec({Worker, :w3}, id: :w3)
    ]
    {:ok, sup} = Supervisor.start_link(children, strategy: strategy, max_restarts: 5, max_seconds: 10)
    before = for {id, pid, _, _} <- Supervisor.which_children(sup), into: %{}, do: {id, pid}
    ref = Process.monitor(:w2)
    Process.exit(Process.whereis(:w2), :kill)
    receive do {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "w2 down") end
    Process.sleep(20)
    after_ = for {id, pid, _, _} <- Supervisor.which_children(sup), into: %{}, do: {id, pid}
    for id <- [:w1, :w2, :w3] do
      IO.puts("#{id} restarted? #{before[id] != after_[id]}")
    end
    IO.inspect(Supervisor.count_children(sup), label: "counts")
    IO.inspect(Enum.map(Supervisor.which_children(sup), fn {id, _, type, mods} -> {id, type, mods} end))
    Supervisor.stop(sup)
  end
end

Tree.run(:one_for_one)
Tree.run(:rest_for_one)
Tree.run(:one_for_all)
