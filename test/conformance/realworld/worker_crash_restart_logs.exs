defmodule Worker do
  use GenServer
  require Logger
  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: opts[:name])
  def init(opts) do
    Logger.info("starting #{inspect(opts[:name])}")
    {:ok, %{name: opts[:name], n: 0}}
  end
  def handle_call(:crash, _from, state), do: {:reply, 1 / state.n, state}
  def handle_call(:ping, _from, state), do: {:reply, :pong, state}
  def handle_info(msg, state) do
    Logger.warning("unexpected #{inspect(msg)}")
    {:noreply, state}
  end
  def terminate(reason, state) do
    IO.puts("terminate #{inspect(state.name)}: #{inspect(reason, limit: 2)}")
  end
end
defmodule Main do
  def run(unused) do
    {:ok, sup} = Supervisor.start_link([{Worker, name: :w1}], strategy: :one_for_one, max_restarts: 1)
    send(:w1, :hello)
    Process.sleep(50)
    Logger.flush()
    ref = Process.monitor(:w1)
    try do
      GenServer.call(:w1, :crash)
    catch
      :exit, {reason, _} -> IO.inspect(elem(reason, 0), label: "caller exit")
    end
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    Logger.flush()
    Process.sleep(50)
    IO.inspect(GenServer.call(:w1, :ping))
    IO.inspect(Supervisor.count_children(sup))
    x = 5
  end
end
Main.run(1)
