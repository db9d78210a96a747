defmodule W do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name) do
    Process.flag(:trap_exit, true)
    IO.puts("start #{name}")
    {:ok, name}
  end
  def handle_call(:stop_normal, _from, name), do: {:stop, :normal, :ok, name}
  def terminate(reason, name) do
    IO.puts("terminate #{name} #{inspect(reason)}")
  end
end

defmodule T do
  def run(strategy, restart \\ :permanent) do
    IO.puts("== #{strategy} #{restart}")
    children = for n <- [:a, :b, :c], do: Supervisor.child_spec({W, n}, id: n, restart: restart)
    {:ok, sup} = Supervisor.start_link(children, strategy: strategy)
    Process.exit(Process.whereis(:b), :kill)
    Process.sleep(50)
    IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, _, _} -> {id, is_pid(p)} end))
    IO.inspect(Supervisor.count_children(sup))
    Supervisor.stop(sup)
    IO.inspect(Process.alive?(sup))
  end
end

T.run(:one_for_one)
T.run(:one_for_all)
T.run(:rest_for_one)
T.run(:one_for_one, :temporary)
T.run(:one_for_all, :temporary)

IO.puts("== transient")
children = for n <- [:a, :b], do: Supervisor.child_spec({W, n}, id: n, restart: :transient)
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
GenServer.call(:a, :stop_normal)
Process.sleep(20)
Process.exit(Process.whereis(:b), :kill)
Process.sleep(20)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, _, _} -> {id, is_pid(p)} end))
IO.inspect(Supervisor.restart_child(sup, :a) |> elem(0))
Supervisor.stop(sup)

IO.puts("== max restarts")
Process.flag(:trap_exit, true)
{:ok, sup} = Supervisor.start_link([{W, :m}], strategy: :one_for_one, max_restarts: 2)
for _ <- 1..3 do
  Process.exit(Process.whereis(:m), :kill)
  Process.sleep(20)
end
receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "sup exit")
end
IO.inspect(Process.alive?(sup))

IO.puts("== shutdown order")
{:ok, sup} = Supervisor.start_link([{W, :x}, {W, :y}] |> Enum.map(fn {m, n} -> Supervisor.child_spec({m, n}, id: n) end), strategy: :one_for_one)
Process.exit(sup, :shutdown)
receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "sup exit")
end
