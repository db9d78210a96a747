# :sys.get_state/1 of a DynamicSupervisor (and a Task.Supervisor) is Elixir 1.14's
# %DynamicSupervisor{} struct: children pid => {mfa, restart, shutdown, type, modules}, a temporary
# child's arguments :undefined, extra_arguments kept apart; bad flags are {:supervisor_data, _}.
defmodule W do
  use GenServer
  def start_link(x, arg), do: GenServer.start_link(__MODULE__, {x, arg})
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(a), do: {:ok, a}
end

{:ok, d} = DynamicSupervisor.start_link(strategy: :one_for_one)
{:ok, _} = DynamicSupervisor.start_child(d, {W, 9})
IO.inspect(:sys.get_state(d))
IO.inspect(:sys.get_state(d), structs: false)
IO.inspect(:sys.get_status(d))

{:ok, d2} = DynamicSupervisor.start_link(strategy: :one_for_one, extra_arguments: [:x], name: :dsn, max_children: 5)
{:ok, p1} = DynamicSupervisor.start_child(d2, %{id: 1, start: {W, :start_link, [1]}, restart: :temporary})
{:ok, p2} = DynamicSupervisor.start_child(d2, %{id: 2, start: {W, :start_link, [2]}, restart: :transient, shutdown: 10})
st = :sys.get_state(d2)
IO.inspect({st.name, st.mod, st.max_children, st.extra_arguments})
IO.inspect(st.children[p1], label: "temporary")
IO.inspect(st.children[p2], label: "transient")
ref = Process.monitor(p2)
Process.exit(p2, :kill)
receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end

st = :sys.get_state(d2)
IO.inspect(Enum.sort(Map.values(st.children)), label: "after a restart")
IO.inspect({length(st.restarts), Enum.all?(st.restarts, &is_integer/1)}, label: "restarts")
IO.inspect(Map.keys(st), label: "keys")

{:ok, t} = Task.Supervisor.start_link()
IO.inspect(:sys.get_state(t), label: "task supervisor")
{:ok, t2} = Task.Supervisor.start_link(max_children: 2)
IO.inspect(:sys.get_state(t2).args, label: "task supervisor args")

Process.flag(:trap_exit, true)
IO.inspect(DynamicSupervisor.start_link(strategy: :one_for_all))
IO.inspect(DynamicSupervisor.start_link(strategy: :one_for_one, max_restarts: -1))
IO.inspect(DynamicSupervisor.start_link(strategy: :one_for_one, max_seconds: 0))
IO.inspect(DynamicSupervisor.start_link(strategy: :one_for_one, max_children: :x))
IO.inspect(DynamicSupervisor.start_link(strategy: :one_for_one, extra_arguments: :x))
