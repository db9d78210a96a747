# a child whose start function raises: the {:EXIT, {exception, stacktrace}} each path of the
# supervisor returns carries OTP 25's frames (init: init_children/children_map/the fun of
# start_children; start_child: handle_start_child; restart_child; a :simple_one_for_one start_child),
# and Supervisor.start_child/2 with a list warns under its frame at lib/supervisor.ex:906
defmodule W do
  def start_link(:ok), do: Agent.start_link(fn -> 1 end)
  def start_link(:raise), do: raise("boom")
  def start_link(:raise, _extra), do: raise("boom2")
  def go(pid) do
    if :persistent_term.get(:fail, false), do: raise("restart boom")
    {:ok, pid}
  end
end
defmodule SofoSup do
  use Supervisor
  def init(_), do: {:ok, {%{strategy: :simple_one_for_one}, [%{id: :w, start: {W, :start_link, [:raise]}}]}}
end
Process.flag(:trap_exit, true)
show = fn label, r -> IO.inspect(r, label: label, limit: :infinity) end
show.("init", Supervisor.start_link([%{id: :r, start: {W, :start_link, [:raise]}}], strategy: :one_for_one))
{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one)
show.("start_child", Supervisor.start_child(sup, %{id: :a, start: {W, :start_link, [:raise]}}))
{:ok, _} = Supervisor.start_child(sup, %{id: :b, start: {W, :start_link, [:ok]}, restart: :transient})
:ok = Supervisor.terminate_child(sup, :b)
:ok = Supervisor.delete_child(sup, :b)
{:ok, _} = Supervisor.start_child(sup, %{id: :c, start: {W, :go, [spawn(fn -> Process.sleep(:infinity) end)]}, restart: :transient})
:ok = Supervisor.terminate_child(sup, :c)
:persistent_term.put(:fail, true)
show.("restart_child", Supervisor.restart_child(sup, :c))
{:ok, s2} = Supervisor.start_link(SofoSup, [])
show.("sofo", Supervisor.start_child(s2, [:x]))
