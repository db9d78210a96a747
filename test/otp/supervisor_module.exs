defmodule Counter do
  use GenServer
  def start_link(n), do: GenServer.start_link(__MODULE__, n, name: :counter)
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_cast(:inc, n), do: {:noreply, n + 1}
end

defmodule MySup do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: :my_sup)
  def init(arg) do
    children = [{Counter, arg}, {Agent, fn -> :agent_state end}]
    Supervisor.init(children, strategy: :one_for_one, max_restarts: 5)
  end
end

defmodule Top do
  use Supervisor
  def init(_), do: Supervisor.init([{MySup, 10}], strategy: :one_for_all)
end

IO.inspect(MySup.child_spec(1))
{:ok, top} = Supervisor.start_link(Top, :ok)
IO.inspect(Supervisor.count_children(top))
IO.inspect(Supervisor.which_children(:my_sup) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p), t, m} end))
GenServer.cast(:counter, :inc)
IO.inspect(GenServer.call(:counter, :get))
Process.exit(Process.whereis(:counter), :kill)
Process.sleep(50)
IO.inspect(GenServer.call(:counter, :get))
old = Process.whereis(:my_sup)
Process.exit(old, :kill)
Process.sleep(50)
IO.inspect(Process.whereis(:my_sup) != old and is_pid(Process.whereis(:my_sup)))
IO.inspect(GenServer.call(:counter, :get))
IO.inspect(:sys.get_state(:counter))
IO.inspect(Supervisor.stop(top))
IO.inspect(Process.whereis(:counter))
