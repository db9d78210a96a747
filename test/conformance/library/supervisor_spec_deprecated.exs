# Supervisor.Spec, deprecated in Elixir 1.14 but still imported by use Supervisor: worker/supervisor
# tuples, supervise/2's init result that :supervisor runs, its checks, and the deprecation warnings
defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg, name: :"w#{arg}")
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end
defmodule Sup do
  use Supervisor
  def start_link, do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)
  def init(:ok) do
    children = [worker(W, [42]), worker(W, [43], id: :w2, function: :start_link, restart: :transient)]
    IO.inspect(children)
    supervise(children, strategy: :one_for_one)
  end
end
{:ok, _} = Sup.start_link()
IO.inspect(GenServer.call(:w42, :get))
IO.inspect(GenServer.call(:w43, :get))
IO.inspect(Supervisor.which_children(Sup) |> Enum.map(&elem(&1, 0)) |> Enum.sort())
IO.inspect(Supervisor.count_children(Sup))
import Supervisor.Spec
IO.inspect(supervisor(Sup, [], restart: :temporary))
IO.inspect(supervise([worker(W, [1])], strategy: :one_for_all, max_restarts: 1))
try do supervise([worker(W, [1]), worker(W, [2])], strategy: :one_for_one) rescue e -> IO.inspect(e) end
try do supervise([], []) rescue e -> IO.inspect(e) end
IO.inspect(worker(GenEvent, []))
