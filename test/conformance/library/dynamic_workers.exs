defmodule Job do
  use GenServer, restart: :temporary
  def start_link(n), do: GenServer.start_link(__MODULE__, n)
  def init(n), do: {:ok, n}
  def handle_call(:double, _, n), do: {:reply, n * 2, n}
end
defmodule Main do
  def run do
    {:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
    pids = for n <- 1..3 do
      {:ok, pid} = DynamicSupervisor.start_child(sup, {Job, n})
      pid
    end
    IO.inspect Enum.map(pids, &GenServer.call(&1, :double))
    IO.inspect DynamicSupervisor.count_children(sup)
    IO.inspect DynamicSupervisor.terminate_child(sup, hd(pids))
    IO.inspect DynamicSupervisor.which_children(sup) |> length()
    {:ok, tsup} = Task.Supervisor.start_link()
    t = Task.Supervisor.async(tsup, fn -> :computed end)
    IO.inspect Task.await(t)
    IO.inspect Task.Supervisor.async_stream(tsup, 1..3, &(&1 * 3)) |> Enum.map(&elem(&1, 1))
    {:ok, _} = Task.Supervisor.start_child(tsup, fn -> :fire_and_forget end)
    IO.inspect is_list(Task.Supervisor.children(tsup))
  end
end
Main.run()
