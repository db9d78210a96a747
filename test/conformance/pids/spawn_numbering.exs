# the pids a script's own processes get, through the ways OTP and Elixir start processes
defmodule Worker do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
  def handle_call(:pid, _from, s), do: {:reply, self(), s}
end

IO.inspect(self(), label: "main")
IO.inspect(spawn(fn -> :ok end), label: "spawn")
IO.inspect(spawn_link(fn -> :ok end), label: "spawn_link")
{pid, _ref} = spawn_monitor(fn -> :ok end)
IO.inspect(pid, label: "spawn_monitor")
{:ok, agent} = Agent.start_link(fn -> 0 end)
IO.inspect(agent, label: "agent")
{:ok, gs} = Worker.start_link(1)
IO.inspect(gs, label: "genserver")
task = Task.async(fn -> self() end)
IO.inspect(Task.await(task), label: "task")
{:ok, sup} = Supervisor.start_link([{Worker, 1}, %{id: :w2, start: {Worker, :start_link, [2]}}], strategy: :one_for_one)
IO.inspect(sup, label: "supervisor")
IO.inspect(Supervisor.which_children(sup) |> Enum.map(&elem(&1, 1)), label: "children")
{:ok, dsup} = DynamicSupervisor.start_link(strategy: :one_for_one)
{:ok, child} = DynamicSupervisor.start_child(dsup, {Worker, 3})
IO.inspect({dsup, child}, label: "dynamic")
{:ok, tsup} = Task.Supervisor.start_link()
t = Task.Supervisor.async(tsup, fn -> self() end)
IO.inspect({tsup, Task.await(t)}, label: "task supervisor")
{:ok, reg} = Registry.start_link(keys: :unique, name: MyReg)
IO.inspect(reg, label: "registry")
IO.inspect(spawn(fn -> :ok end), label: "last")
