defmodule W do
  use GenServer
  def start_link({name, ms}), do: GenServer.start_link(__MODULE__, {name, ms}, name: name)
  def init({name, ms}) do
    Process.flag(:trap_exit, true)
    {:ok, {name, ms}}
  end
  def terminate(reason, {name, ms}) do
    IO.puts("#{name} terminate #{inspect(reason)} start")
    Process.sleep(ms)
    IO.puts("#{name} terminate done")
  end
end
children = [
  Supervisor.child_spec({W, {:fast, 0}}, id: :fast),
  Supervisor.child_spec({W, {:slow, 5000}}, id: :slow, shutdown: 200),
  Supervisor.child_spec({W, {:brutal, 5000}}, id: :brutal, shutdown: :brutal_kill),
  Supervisor.child_spec({W, {:inf, 30}}, id: :inf, shutdown: :infinity)
]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 0)))
for id <- [:slow, :brutal] do
  pid = Process.whereis(id)
  ref = Process.monitor(pid)
  IO.inspect(Supervisor.terminate_child(sup, id), label: "terminate #{id}")
  receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "#{id} down") end
end
Process.flag(:trap_exit, true)
IO.inspect(Supervisor.stop(sup, :shutdown))
IO.puts("end")
