defmodule App.Cache do
  use Agent
  def start_link(_), do: Agent.start_link(fn -> %{} end, name: __MODULE__)
  def put(k, v), do: Agent.update(__MODULE__, &Map.put(&1, k, v))
  def get(k), do: Agent.get(__MODULE__, &Map.get(&1, k))
end

defmodule App.Counter do
  use GenServer
  def start_link(start), do: GenServer.start_link(__MODULE__, start, name: __MODULE__)
  def init(start), do: {:ok, start}
  def bump, do: GenServer.call(__MODULE__, :bump)
  def handle_call(:bump, _f, n), do: {:reply, n + 1, n + 1}
end

defmodule App.Supervisor do
  use Supervisor
  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg, name: __MODULE__)
  @impl true
  def init(start) do
    IO.puts("supervisor init with #{start}")
    children = [App.Cache, {App.Counter, start}]
    Supervisor.init(children, strategy: :one_for_all)
  end
end

defmodule Main do
  def run do
    {:ok, _} = App.Supervisor.start_link(100)
    App.Cache.put(:a, 1)
    IO.inspect(App.Cache.get(:a))
    IO.inspect(App.Counter.bump())
    IO.inspect(App.Counter.bump())
    old = Process.whereis(App.Cache)
    ref = Process.monitor(old)
    Process.exit(Process.whereis(App.Counter), :kill)
    receive do: ({:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "cache went down too"))
    Process.sleep(50)
    IO.inspect(App.Cache.get(:a))
    IO.inspect(App.Counter.bump())
    IO.inspect(Supervisor.which_children(App.Supervisor) |> Enum.map(&elem(&1, 0)))
    IO.inspect(App.Cache.child_spec(:x))
    IO.inspect(App.Counter.child_spec(5))
  end
end

Main.run()
