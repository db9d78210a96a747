# Supervisor restarts: a worker that crashes is started again with a fresh state.
defmodule Worker do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, 0, name: __MODULE__)

  @impl true
  def init(n) do
    IO.puts("worker started (#{inspect(self())})")
    {:ok, n}
  end

  @impl true
  def handle_call(:bump, _from, n), do: {:reply, n + 1, n + 1}
  def handle_call(:crash, _from, _n), do: raise("worker crashed on purpose")
end

{:ok, sup} = Supervisor.start_link([Worker], strategy: :one_for_one)
IO.inspect(GenServer.call(Worker, :bump), label: "bump")
IO.inspect(GenServer.call(Worker, :bump), label: "bump")

before = Process.whereis(Worker)
try do
  GenServer.call(Worker, :crash)
catch
  :exit, _reason -> IO.puts("the call failed: the worker crashed")
end

Process.sleep(50)
after_restart = Process.whereis(Worker)

IO.puts("restarted: #{before != after_restart}")
IO.inspect(GenServer.call(Worker, :bump), label: "bump after restart")
IO.inspect(Supervisor.count_children(sup), label: "children")
