defmodule Srv do
  use GenServer
  def start_link(n), do: GenServer.start_link(__MODULE__, n)
  def init(n), do: {:ok, n}
  def handle_call(:get, _f, n), do: {:reply, n, n}
end

defmodule Main do
  def run do
    children = [
      %{id: :one, start: {Srv, :start_link, [1]}},
      %{id: :two, start: {Srv, :start_link, [2]}},
      Supervisor.child_spec({Agent, fn -> :agent_state end}, id: :agent)
    ]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, name: :my_sup)
    IO.inspect(Process.whereis(:my_sup) == sup)
    IO.inspect(Supervisor.count_children(:my_sup))
    IO.inspect(Supervisor.terminate_child(:my_sup, :two))
    IO.inspect(Supervisor.which_children(:my_sup) |> Enum.map(fn {id, p, t, _} -> {id, p, t} end) |> Enum.filter(&(elem(&1, 1) == :undefined)))
    IO.inspect(Supervisor.count_children(:my_sup))
    {:ok, pid} = Supervisor.restart_child(:my_sup, :two)
    IO.inspect(GenServer.call(pid, :get))
    IO.inspect(Supervisor.restart_child(:my_sup, :two))
    IO.inspect(Supervisor.terminate_child(:my_sup, :nope))
    IO.inspect(Supervisor.delete_child(:my_sup, :one))
    Supervisor.terminate_child(:my_sup, :one)
    IO.inspect(Supervisor.delete_child(:my_sup, :one))
    {:ok, p3} = Supervisor.start_child(:my_sup, %{id: :three, start: {Srv, :start_link, [3]}})
    IO.inspect(GenServer.call(p3, :get))
    IO.inspect(Supervisor.start_child(:my_sup, %{id: :three, start: {Srv, :start_link, [3]}}) |> elem(0))
    IO.inspect(Supervisor.which_children(:my_sup) |> Enum.map(&elem(&1, 0)))
    [{_, agent, _, _}] = Supervisor.which_children(:my_sup) |> Enum.filter(&(elem(&1, 0) == :agent))
    IO.inspect(Agent.get(agent, & &1))
    IO.inspect(Supervisor.stop(:my_sup))
  end
end

Main.run()
