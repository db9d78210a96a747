defmodule Leaf do
  use Agent
  def start_link(name), do: Agent.start_link(fn -> name end, name: name)
  def child_spec(name), do: %{id: name, start: {__MODULE__, :start_link, [name]}}
end

defmodule Branch do
  use Supervisor
  def start_link(names), do: Supervisor.start_link(__MODULE__, names, name: __MODULE__)
  def init(names), do: Supervisor.init(Enum.map(names, &{Leaf, &1}), strategy: :one_for_all)
end

defmodule Main do
  def run do
    {:ok, root} = Supervisor.start_link([{Branch, [:l1, :l2]}, {Leaf, :l3}], strategy: :one_for_one)
    IO.inspect(Supervisor.count_children(root))
    IO.inspect(Supervisor.which_children(root) |> Enum.map(fn {id, _, type, _} -> {id, type} end))
    IO.inspect(Supervisor.count_children(Branch))
    l1 = Process.whereis(:l1)
    l2 = Process.whereis(:l2)
    l3 = Process.whereis(:l3)
    ref = Process.monitor(l2)
    Process.exit(l1, :kill)
    receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "l2 restarted with l1 (one_for_all)"))
    Process.sleep(50)
    IO.inspect({Process.whereis(:l1) != l1, Process.whereis(:l2) != l2, Process.whereis(:l3) == l3})
    IO.inspect(Agent.get(:l1, & &1))
    Supervisor.stop(root)
    IO.inspect(Enum.map([:l1, :l2, :l3, Branch], &Process.whereis/1))
  end
end

Main.run()
