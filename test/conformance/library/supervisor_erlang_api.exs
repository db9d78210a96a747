# :supervisor's Erlang API as Erlang-style code calls it: start_link/2,3 with a callback module's
# init/1 returning {:ok, {flags, specs}} (maps and tuples), start_child/2, terminate_child/2,
# restart_child/2, delete_child/2, get_childspec/2, which_children/1, count_children/1 (a keyword
# list), check_childspecs/1, get_callback_module/1, and the exit of a call to a dead supervisor.
defmodule Worker do
  def start_link(name), do: Agent.start_link(fn -> name end)
end

defmodule MySup do
  def init(:maps) do
    {:ok, {%{strategy: :one_for_one, intensity: 3, period: 5},
      [%{id: :a, start: {Worker, :start_link, [:a]}}, %{id: :b, start: {Worker, :start_link, [:b]}, restart: :transient}]}}
  end

  def init(:tuples) do
    {:ok, {{:one_for_all, 1, 10}, [{:c, {Worker, :start_link, [:c]}, :permanent, 5000, :worker, [Worker]}]}}
  end
end

defmodule Main do
  def run do
    {:ok, sup} = :supervisor.start_link(MySup, :maps)
    IO.inspect(:supervisor.count_children(sup))
    IO.inspect(:supervisor.which_children(sup) |> Enum.map(fn {id, pid, type, mods} -> {id, is_pid(pid), type, mods} end))
    IO.inspect(:supervisor.get_childspec(sup, :b))
    IO.inspect(:supervisor.get_childspec(sup, :nope))
    IO.inspect(:supervisor.terminate_child(sup, :a))
    IO.inspect(:supervisor.which_children(sup) |> Enum.map(fn {id, pid, _, _} -> {id, pid} end) |> Enum.filter(fn {_, p} -> not is_pid(p) end))
    {:ok, pid} = :supervisor.restart_child(sup, :a)
    IO.inspect(is_pid(pid))
    IO.inspect(:supervisor.restart_child(sup, :a) |> elem(1))
    IO.inspect(:supervisor.delete_child(sup, :a))
    IO.inspect(:supervisor.terminate_child(sup, :a))
    IO.inspect(:supervisor.delete_child(sup, :a))
    IO.inspect(:supervisor.restart_child(sup, :a))
    IO.inspect(:supervisor.terminate_child(sup, :b))
    IO.inspect(:supervisor.delete_child(sup, :b))
    {:ok, c} = :supervisor.start_child(sup, %{id: :new, start: {Worker, :start_link, [:new]}})
    IO.inspect(Agent.get(c, & &1))
    IO.inspect(:supervisor.start_child(sup, %{id: :new, start: {Worker, :start_link, [:new]}}) |> elem(1) |> elem(0))
    IO.inspect(:supervisor.start_child(sup, {:t, {Worker, :start_link, [:t]}, :temporary, 100, :worker, [Worker]}) |> elem(0))
    IO.inspect(:supervisor.count_children(sup))
    IO.inspect(:supervisor.check_childspecs([%{id: :x, start: {Worker, :start_link, []}}]))
    IO.inspect(:supervisor.check_childspecs([%{id: :x}]) |> elem(0))
    IO.inspect(:supervisor.get_callback_module(sup))

    {:ok, sup2} = :supervisor.start_link({:local, :named_sup}, MySup, :tuples)
    IO.inspect(sup2 == Process.whereis(:named_sup))
    IO.inspect(:supervisor.count_children(:named_sup))
    IO.inspect(Supervisor.count_children(:named_sup))

    Process.unlink(sup2)
    Supervisor.stop(sup2)
    try do
      :supervisor.which_children(sup2)
    catch
      :exit, {reason, {m, f, [_, req, t]}} -> IO.inspect({reason, m, f, req, t})
    end
  end
end

Main.run()
