# everyday GenServer (continue, hibernate, terminate), Supervisor child management, restarts,
# exits, trap_exit, Process dictionary and timers
defmodule Stack do
  use GenServer
  def start_link(init), do: GenServer.start_link(__MODULE__, init, name: __MODULE__)
  def push(x), do: GenServer.cast(__MODULE__, {:push, x})
  def pop, do: GenServer.call(__MODULE__, :pop)
  @impl true
  def init(s), do: {:ok, s, {:continue, :warm}}
  @impl true
  def handle_continue(:warm, s), do: {:noreply, [:warm | s]}
  @impl true
  def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}
  def handle_call(:pop, _from, []), do: {:reply, nil, [], :hibernate}
  @impl true
  def handle_cast({:push, x}, s), do: {:noreply, [x | s]}
  @impl true
  def handle_info(:timeout, s), do: {:noreply, s}
  @impl true
  def terminate(reason, _s), do: IO.inspect(reason, label: "terminate")
end
children = [{Stack, [1]}, %{id: :agent, start: {Agent, :start_link, [fn -> 0 end, [name: :ag]]}}]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, name: MySup)
Stack.push(2)
IO.inspect({Stack.pop(), Stack.pop(), Stack.pop(), Stack.pop(), Stack.pop()})
IO.inspect(Supervisor.which_children(MySup) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p), t, m} end))
IO.inspect(Supervisor.count_children(sup))
old = Process.whereis(Stack)
Process.exit(old, :kill)
Process.sleep(50)
IO.inspect(Process.whereis(Stack) != old and is_pid(Process.whereis(Stack)))
IO.inspect(Supervisor.terminate_child(sup, :agent))
IO.inspect(Supervisor.restart_child(sup, :agent) |> elem(0))
IO.inspect(Supervisor.delete_child(sup, :agent))
IO.inspect(Supervisor.delete_child(sup, :agent))
IO.inspect(GenServer.call(Stack, :pop))
IO.inspect(catch_exit(GenServer.call(:nobody, :x)))
IO.inspect(:sys.get_state(Stack))
ref = Process.monitor(Stack)
GenServer.stop(Stack, :shutdown_test)
receive do {:DOWN, ^ref, :process, _, r} -> IO.inspect(r, label: "down") end
{:ok, pid} = Task.start(fn -> receive do :go -> IO.puts("went") end end)
send(pid, :go)
Process.sleep(20)
IO.inspect(Process.alive?(pid))
IO.inspect(Process.info(self(), :message_queue_len))
Process.put(:k, 1)
IO.inspect({Process.get(:k), Process.delete(:k), Process.get(:k, :default)})
IO.inspect(Process.flag(:trap_exit, true))
spawn_link(fn -> exit(:bye) end)
receive do {:EXIT, _, r} -> IO.inspect(r, label: "exit") end
t = Process.send_after(self(), :tick, 1000)
IO.inspect(is_integer(Process.cancel_timer(t)))
IO.inspect(Process.read_timer(t))
:timer.send_after(10, :t2)
receive do :t2 -> IO.puts("t2") end
{time, _} = :timer.tc(fn -> :ok end)
IO.inspect(is_integer(time))
