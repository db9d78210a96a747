defmodule Worker do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: name)
  def init(name), do: {:ok, name}
  def handle_call(:ping, _f, s), do: {:reply, {:pong, s}, s}
  def handle_cast(:crash, s), do: {:stop, :crashed, s}
  def child_spec(name), do: %{id: name, start: {__MODULE__, :start_link, [name]}}
end

defmodule Main do
  def wait_restart(name, old) do
    case Process.whereis(name) do
      pid when is_pid(pid) and pid != old -> pid
      _ -> Process.sleep(5); wait_restart(name, old)
    end
  end

  def run do
    children = [{Worker, :w1}, {Worker, :w2}, {Worker, :w3}]
    {:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one)
    IO.inspect(GenServer.call(:w2, :ping))
    old = Process.whereis(:w2)
    w1 = Process.whereis(:w1)
    GenServer.cast(:w2, :crash)
    new = wait_restart(:w2, old)
    Logger.flush()
    IO.puts("w2 restarted")
    IO.inspect(new != old)
    IO.inspect(Process.whereis(:w1) == w1)
    IO.inspect(GenServer.call(:w2, :ping))
    IO.inspect(Supervisor.count_children(sup))
    ids = sup |> Supervisor.which_children() |> Enum.map(fn {id, pid, type, mods} -> {id, is_pid(pid), type, mods} end)
    IO.inspect(ids)
    Supervisor.stop(sup)
    IO.inspect(Process.whereis(:w1))
  end
end

Main.run()
