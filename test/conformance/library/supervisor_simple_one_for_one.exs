# A :simple_one_for_one supervisor (OTP's, and Elixir's deprecated strategy): one spec, children
# started with extra arguments, kept in the #state's dynamics and restarted with them.
defmodule W do
  use GenServer
  def start_link(a, b), do: GenServer.start_link(__MODULE__, {a, b})
  def init(a), do: {:ok, a}
  def handle_call(:get, _, s), do: {:reply, s, s}
end
defmodule S do
  @behaviour :supervisor
  def init(arg) do
    {:ok, {%{strategy: :simple_one_for_one, intensity: 2, period: 5}, [%{id: :w, start: {W, :start_link, [arg]}, restart: :transient}]}}
  end
end
{:ok, s} = :supervisor.start_link(S, :base)
{:ok, p1} = :supervisor.start_child(s, [1])
{:ok, p2} = :supervisor.start_child(s, [2])
IO.inspect GenServer.call(p1, :get)
IO.inspect :supervisor.which_children(s)
IO.inspect :supervisor.count_children(s)
IO.inspect :sys.get_state(s)
IO.inspect :supervisor.terminate_child(s, p1)
IO.inspect :supervisor.which_children(s) |> length()
IO.inspect :supervisor.terminate_child(s, :w)
IO.inspect :supervisor.delete_child(s, :w)
IO.inspect :supervisor.restart_child(s, :w)
IO.inspect :supervisor.get_childspec(s, :w)
ref = Process.monitor(p2)
Process.exit(p2, :kill)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
[{:undefined, p3, :worker, [W]}] = :supervisor.which_children(s)
IO.inspect GenServer.call(p3, :get)
{:ok, s2} = Supervisor.start_link([%{id: :w, start: {W, :start_link, [:e]}}], strategy: :simple_one_for_one)
IO.inspect Supervisor.start_child(s2, [9]) |> elem(0)
IO.inspect(elem(:sys.get_state(s), 4), label: "dynamics after a restart")
defmodule T do
  def init(:x), do: {:ok, {{:simple_one_for_one, 1, 5}, [{:t, {W, :start_link, [:t]}, :temporary, 100, :worker, [W]}]}}
  def init(:two), do: {:ok, {{:simple_one_for_one, 1, 5}, [{:a, {W, :start_link, []}, :temporary, 100, :worker, [W]}, {:b, {W, :start_link, []}, :temporary, 100, :worker, [W]}]}}
end
{:ok, t} = :supervisor.start_link(T, :x)
IO.inspect(elem(:sys.get_state(t), 4), label: "temporary, none yet")
{:ok, tp} = :supervisor.start_child(t, [1])
IO.inspect(elem(:sys.get_state(t), 4) |> elem(1) |> Map.values(), label: "temporary")
tref = Process.monitor(tp)
Process.exit(tp, :kill)
receive do {:DOWN, ^tref, _, _, _} -> :ok end
IO.inspect(:supervisor.count_children(t), label: "temporary not restarted")
Process.flag(:trap_exit, true)
IO.inspect(:supervisor.start_link(T, :two), label: "two specs")
