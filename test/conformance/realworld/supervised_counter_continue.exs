# A supervised GenServer crashing in handle_continue: the error report (Logger on stdout), the
# restart, count_children and which_children
defmodule Counter do
  use GenServer
  def start_link(n), do: GenServer.start_link(__MODULE__, n, name: __MODULE__)
  def bump, do: GenServer.call(__MODULE__, :bump)
  def boom, do: GenServer.cast(__MODULE__, :boom)
  @impl true
  def init(n), do: {:ok, n}
  @impl true
  def handle_call(:bump, _from, n), do: {:reply, n + 1, n + 1}
  @impl true
  def handle_cast(:boom, n), do: {:noreply, n, {:continue, {:crash, n}}}
  @impl true
  def handle_continue({:crash, n}, _state), do: raise("crash at #{n}")
end

defmodule Main do
  require Logger
  def run do
    Logger.configure(level: :error)
    {:ok, sup} = Supervisor.start_link([{Counter, 10}], strategy: :one_for_one, max_restarts: 2)
    IO.inspect(Counter.bump())
    IO.inspect(Counter.bump())
    ref = Process.monitor(Process.whereis(Counter))
    Counter.boom()
    receive do
      {:DOWN, ^ref, :process, _, reason} -> IO.inspect(elem(reason, 0).__struct__)
    end
    Logger.flush()
    wait = fn wait -> if Process.whereis(Counter), do: :ok, else: (Process.sleep(10); wait.(wait)) end
    wait.(wait)
    IO.inspect(Counter.bump())
    IO.inspect(Supervisor.count_children(sup))
    IO.inspect(for {id, _pid, type, mods} <- Supervisor.which_children(sup), do: {id, type, mods})
  end
end
Main.run()
