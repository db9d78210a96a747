# a child whose start returns :ignore: a temporary one is not kept (at the supervisor's start and
# by start_child/2), a permanent or transient one stays as a spec without a pid
defmodule Maybe do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(:ignore), do: :ignore
  def init(arg), do: {:ok, arg}
end

defmodule Main do
  def spec(arg, id, restart), do: Supervisor.child_spec({Maybe, arg}, id: id, restart: restart)

  def show(sup) do
    IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, pid, _, _} -> {id, is_pid(pid) or pid} end))
    IO.inspect(Supervisor.count_children(sup))
  end

  def run do
    {:ok, sup} =
      Supervisor.start_link(
        [spec(:ok, :a, :permanent), spec(:ignore, :tmp, :temporary), spec(:ignore, :perm, :permanent), spec(:ignore, :trans, :transient)],
        strategy: :one_for_one
      )

    show(sup)
    IO.inspect(Supervisor.start_child(sup, spec(:ignore, :tmp2, :temporary)))
    IO.inspect(Supervisor.start_child(sup, spec(:ignore, :perm2, :permanent)))
    IO.inspect(Supervisor.start_child(sup, spec(:ignore, :perm2, :permanent)))
    IO.inspect(Supervisor.start_child(sup, spec(:ignore, :tmp2, :temporary)))
    show(sup)
    IO.inspect(Supervisor.restart_child(sup, :perm))
    IO.inspect(Supervisor.restart_child(sup, :tmp))
    IO.inspect(Supervisor.delete_child(sup, :trans))
    show(sup)
  end
end

Main.run()
