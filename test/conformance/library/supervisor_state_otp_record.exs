# :sys.get_state/1 of a Supervisor is OTP 25's #state record with #child records
# ({ids newest first, id => child}); :sys.get_status/1 adds the supervisor's callback module.
defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(a), do: {:ok, a}
  def handle_call(:stop, _, s), do: {:stop, :normal, :ok, s}
end

children = [
  {W, 1},
  %{id: :b, start: {W, :start_link, [2]}, restart: :transient},
  %{id: :c, start: {W, :start_link, [3]}, type: :supervisor, shutdown: :brutal_kill, restart: :temporary}
]

{:ok, s} = Supervisor.start_link(children, strategy: :one_for_one)
st = :sys.get_state(s)
IO.inspect(st, label: "one_for_one")
{:state, {pid, mod}, _, {ids, db}, _, _, _, _, _, _, _, _} = st
IO.inspect({pid == s, mod, ids, map_size(db)})
IO.inspect(:supervisor.get_callback_module(s), label: "callback")

{:ok, s2} = Supervisor.start_link([{W, 1}], strategy: :rest_for_one, name: :named_sup, max_restarts: 7, max_seconds: 9)
IO.inspect(:sys.get_state(s2), label: "named")
IO.inspect(:sys.get_status(s2), label: "status")

{:ok, _} = Supervisor.start_child(s2, %{id: :x, start: {W, :start_link, [5]}})
:ok = Supervisor.terminate_child(s2, W)
IO.inspect(:sys.get_state(s2), label: "after start_child and terminate_child")
:ok = Supervisor.delete_child(s2, W)
IO.inspect(elem(:sys.get_state(s2), 3), label: "after delete_child")

# a transient child ending normally stays with pid :undefined; a permanent one's restart is counted
{:ok, s3} = Supervisor.start_link([%{id: :t, start: {W, :start_link, [0]}, restart: :transient}, {W, 1}], strategy: :one_for_all)
[{W, w, _, _}, {:t, t, _, _}] = Supervisor.which_children(s3)
:ok = GenServer.call(t, :stop)
{_, _, _, {_, db3}, _, _, _, restarts, _, _, _, _} = :sys.get_state(s3)
IO.inspect({db3[:t], restarts}, label: "transient ended")
ref = Process.monitor(w)
Process.exit(w, :kill)
receive do
  {:DOWN, ^ref, _, _, _} -> :ok
end

{_, _, strategy, {ids3, db3}, _, _, _, restarts, _, _, _, _} = :sys.get_state(s3)
IO.inspect({strategy, ids3, length(restarts), Enum.all?(restarts, &is_integer/1)}, label: "after a restart")
IO.inspect(is_pid(elem(db3[W], 1)) and elem(db3[W], 1) != w, label: "restarted with a new pid")
IO.inspect(elem(db3[:t], 1), label: "transient one restarted by one_for_all")
