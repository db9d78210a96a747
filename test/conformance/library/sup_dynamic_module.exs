# A module-based DynamicSupervisor (use DynamicSupervisor) under a Supervisor, with extra_arguments
defmodule Worker do
  use GenServer
  def start_link(prefix, name), do: GenServer.start_link(__MODULE__, prefix <> name)
  def init(s), do: {:ok, s}
  def handle_call(:name, _from, s), do: {:reply, s, s}
end

defmodule WorkerSup do
  use DynamicSupervisor
  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)
  def init(prefix), do: DynamicSupervisor.init(strategy: :one_for_one, extra_arguments: [prefix])
  def add(name), do: DynamicSupervisor.start_child(__MODULE__, %{id: Worker, start: {Worker, :start_link, [name]}})
end

defmodule Main do
  def run do
    {:ok, _} = Supervisor.start_link([{WorkerSup, "w-"}], strategy: :one_for_one)
    {:ok, a} = WorkerSup.add("a")
    {:ok, b} = WorkerSup.add("b")
    IO.inspect({GenServer.call(a, :name), GenServer.call(b, :name)})
    IO.inspect(DynamicSupervisor.count_children(WorkerSup))
    IO.inspect(WorkerSup.child_spec(:x) |> Map.take([:id, :type, :start]))
    IO.inspect(DynamicSupervisor.init(strategy: :one_for_one))
    IO.inspect(DynamicSupervisor.init(strategy: :one_for_one, max_restarts: 1, max_seconds: 2))
    try do
      DynamicSupervisor.init(strategy: :one_for_all)
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end

Main.run()
