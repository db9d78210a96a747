defmodule Worker do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg, name: __MODULE__)
  def init(n), do: {:ok, n}
  def handle_call(:div, _from, n), do: {:reply, 100 / n, n}
  def handle_call(:bad_return, _from, n), do: :oops
  def handle_cast({:set, v}, _n), do: {:noreply, v}
end

defmodule Sup do
  use Supervisor
  def start_link(_), do: Supervisor.start_link(__MODULE__, :ok, name: __MODULE__)
  def init(:ok) do
    Supervisor.init([{Worker, 5}], strategy: :one_for_one, max_restarts: 2, max_seconds: 5)
  end
end

defmodule Main do
  def run do
    {:ok, _} = Sup.start_link([])
    IO.inspect(GenServer.call(Worker, :div))
    GenServer.cast(Worker, {:set, 0})
    r = try do
      GenServer.call(Worker, :div)
    catch
      :exit, reason -> {:caught, elem(reason, 0) |> elem(0)}
    end
    IO.inspect(r)
    Process.sleep(300)
    IO.inspect(GenServer.call(Worker, :div))
    IO.inspect(Supervisor.count_children(Sup))
    IO.inspect(Supervisor.which_children(Sup) |> Enum.map(fn {id, _, type, mods} -> {id, type, mods} end))
    t = Task.async(fn -> :done end)
    IO.inspect(Task.await(t))
    spawn(fn -> raise "in spawned process" end)
    Process.sleep(300)
    spawn(fn -> exit(:custom_reason) end)
    Process.sleep(300)
    Process.flag(:trap_exit, true)
    pid = spawn_link(fn -> exit({:bad, 1}) end)
    receive do
      {:EXIT, ^pid, reason} -> IO.inspect(reason, label: "exit msg")
    end
    Task.start(fn -> String.to_integer("zz") end)
    Process.sleep(300)
    IO.puts("end")
  end
end

Main.run()
