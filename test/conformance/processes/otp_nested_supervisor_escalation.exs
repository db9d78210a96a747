defmodule Crashy do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name) do
    IO.puts("init #{inspect(name)}")
    {:ok, name}
  end
  def handle_cast(:crash, name), do: {:stop, {:shutdown, :asked}, name}
  def handle_cast(:raise, _name), do: raise(ArgumentError, "bad state")
end

defmodule Inner do
  use Supervisor
  def start_link(_), do: Supervisor.start_link(__MODULE__, :ok, name: Inner)
  def init(:ok) do
    children = [Supervisor.child_spec({Crashy, :c1}, id: :c1), Supervisor.child_spec({Crashy, :c2}, id: :c2)]
    Supervisor.init(children, strategy: :one_for_all, max_restarts: 1, max_seconds: 60)
  end
end

defmodule Outer do
  use Supervisor
  def start_link, do: Supervisor.start_link(__MODULE__, :ok, name: Outer)
  def init(:ok) do
    Supervisor.init([{Inner, []}, %{id: :agent, start: {Agent, :start_link, [fn -> 0 end, [name: Counter]]}}], strategy: :rest_for_one, max_restarts: 1, max_seconds: 60)
  end
end

Process.flag(:trap_exit, true)
{:ok, outer} = Outer.start_link()
Agent.update(Counter, &(&1 + 5))
wait_down = fn name ->
  ref = Process.monitor(name)
  receive do {:DOWN, ^ref, _, _, r} -> Process.sleep(100); r end
end
GenServer.cast(:c1, :crash)
IO.inspect(wait_down.(:c1), label: "c1")
Process.sleep(100)
IO.inspect(Agent.get(Counter, & &1), label: "counter kept")
GenServer.cast(:c2, :raise)
IO.inspect(wait_down.(:c2) |> elem(0), label: "c2")
Process.sleep(200)
IO.inspect(Agent.get(Counter, & &1), label: "counter after inner restart")
IO.inspect(Supervisor.which_children(Outer) |> Enum.map(&elem(&1, 0)), label: "outer children")
GenServer.cast(:c1, :crash)
IO.inspect(wait_down.(:c1), label: "c1 again")
Process.sleep(100)
GenServer.cast(:c1, :crash)
IO.inspect(wait_down.(:c1), label: "c1 third")
receive do
  {:EXIT, ^outer, reason} -> IO.inspect(reason, label: "outer exit")
after 2000 -> IO.puts("outer survived")
end
IO.inspect(Process.whereis(Outer), label: "outer")
