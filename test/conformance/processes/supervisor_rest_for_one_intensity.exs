defmodule W do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name) do
    IO.puts("start #{name}")
    Process.flag(:trap_exit, true)
    {:ok, name}
  end
  def handle_cast(:crash, name), do: raise("boom in #{name}")
  def terminate(reason, name) do
    IO.puts("terminate #{name} #{inspect(reason)}")
  end
end

defmodule Wait do
  def down(name) do
    pid = Process.whereis(name)
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, :process, ^pid, r} -> r end
  end
  def back(name) do
    case Process.whereis(name) do
      nil -> Process.sleep(5); back(name)
      pid -> pid
    end
  end
end

Logger.configure(level: :critical)
children = for n <- [:a, :b, :c], do: Supervisor.child_spec({W, n}, id: n)
{:ok, sup} = Supervisor.start_link(children, strategy: :rest_for_one, max_restarts: 2, max_seconds: 60)
GenServer.cast(:b, :crash)
Wait.down(:c)
for n <- [:a, :b, :c], do: Wait.back(n)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))
IO.inspect(Supervisor.count_children(sup))
GenServer.cast(:a, :crash)
Wait.down(:c)
for n <- [:a, :b, :c], do: Wait.back(n)
Process.flag(:trap_exit, true)
GenServer.cast(:c, :crash)
receive do
  {:EXIT, ^sup, reason} -> IO.inspect(reason, label: "supervisor exit")
end
IO.inspect(Enum.map([:a, :b, :c], &Process.whereis/1))

{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_all)
IO.inspect(Supervisor.terminate_child(sup, :b))
IO.inspect(Supervisor.delete_child(sup, :a))
IO.inspect(Supervisor.restart_child(sup, :b) |> elem(0))
IO.inspect(Supervisor.restart_child(sup, :b))
IO.inspect(Supervisor.delete_child(sup, :nope))
IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({W, :d}, id: :d)) |> elem(0))
IO.inspect(Supervisor.start_child(sup, Supervisor.child_spec({W, :d}, id: :d)) |> elem(0))
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))
IO.inspect(Supervisor.stop(sup, :normal))
