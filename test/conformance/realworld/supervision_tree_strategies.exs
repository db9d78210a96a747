defmodule Worker do
  use GenServer

  def start_link({name, parent}), do: GenServer.start_link(__MODULE__, {name, parent}, name: name)
  def crash(name), do: GenServer.cast(name, :crash)

  @impl true
  def init({name, parent}) do
    send(parent, {:started, name})
    {:ok, %{name: name, parent: parent}}
  end

  @impl true
  def handle_cast(:crash, s), do: {:stop, :crashed, s}

  @impl true
  def terminate(reason, s) do
    send(s.parent, {:terminated, s.name, reason})
  end
end

defmodule Main do
  def collect(acc \\ []) do
    receive do
      {:started, _} = m -> collect([m | acc])
      {:terminated, _, _} = m -> collect([m | acc])
    after
      300 -> Enum.reverse(acc)
    end
  end

  def tree(strategy, opts \\ []) do
    me = self()
    children = for n <- [:a, :b, :c], do: Supervisor.child_spec({Worker, {n, me}}, id: n)
    {:ok, sup} = Supervisor.start_link(children, [strategy: strategy] ++ opts)
    IO.inspect(collect(), label: "#{strategy} boot")
    sup
  end

  def run do
    Process.flag(:trap_exit, true)
    for strategy <- [:one_for_one, :one_for_all, :rest_for_one] do
      sup = tree(strategy)
      Worker.crash(:b)
      IO.inspect(collect(), label: "#{strategy} after b crashed")
      IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, _, type, mods} -> {id, type, mods} end), label: "children")
      Supervisor.stop(sup)
      IO.inspect(collect() |> Enum.sort(), label: "#{strategy} stopped")
    end

    sup = tree(:one_for_one, max_restarts: 2, max_seconds: 5)
    for _ <- 1..3 do
      Worker.crash(:a)
      collect()
    end
    receive do
      {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor gave up")
    after
      2000 -> IO.puts("supervisor still alive")
    end
    IO.inspect(Process.whereis(:b), label: "b after shutdown")

    sup = tree(:one_for_one)
    IO.inspect(Supervisor.terminate_child(sup, :c), label: "terminate c")
    IO.inspect(collect(), label: "after terminate")
    IO.inspect(Supervisor.count_children(sup), label: "counts")
    IO.inspect(Supervisor.restart_child(sup, :c) |> elem(0), label: "restart c")
    IO.inspect(collect(), label: "after restart")
    IO.inspect(Supervisor.delete_child(sup, :c), label: "delete running c")
    :ok = Supervisor.terminate_child(sup, :c)
    IO.inspect(Supervisor.delete_child(sup, :c), label: "delete c")
    IO.inspect(Supervisor.restart_child(sup, :c), label: "restart deleted")
    {:ok, _} = Supervisor.start_child(sup, %{id: :d, start: {Worker, :start_link, [{:d, self()}]}, restart: :temporary})
    IO.inspect(collect(), label: "after start_child")
    Worker.crash(:d)
    IO.inspect(collect(), label: "temporary d crashed")
    IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)), label: "ids")
    IO.inspect(Supervisor.start_child(sup, {Worker, {:a, self()}}), label: "duplicate id")
    Supervisor.stop(sup, :normal)
    IO.inspect(collect() |> length(), label: "terminations")
  end
end

Main.run()
