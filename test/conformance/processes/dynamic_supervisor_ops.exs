Logger.configure(level: :critical)
defmodule Worker do
  use GenServer, restart: :transient
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _f, s), do: {:reply, s, s}
  def handle_cast(:stop_normal, s), do: {:stop, :normal, s}
  def handle_cast(:crash, s), do: {:stop, :boom, s}
end

defmodule Wait do
  def down(pid, label) do
    ref = Process.monitor(pid)
    receive do {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r, label: label) end
  end
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_children: 3)
IO.inspect(DynamicSupervisor.count_children(sup))
{:ok, a} = DynamicSupervisor.start_child(sup, {Worker, :a})
{:ok, b} = DynamicSupervisor.start_child(sup, {Worker, :b})
{:ok, c} = DynamicSupervisor.start_child(sup, %{id: :x, start: {Worker, :start_link, [:c]}, restart: :temporary})
IO.inspect(DynamicSupervisor.start_child(sup, {Worker, :d}))
IO.inspect(DynamicSupervisor.count_children(sup))
IO.inspect(Enum.map(DynamicSupervisor.which_children(sup), fn {id, p, type, mods} -> {id, is_pid(p), type, mods} end))
IO.inspect(GenServer.call(a, :get))
IO.inspect(DynamicSupervisor.terminate_child(sup, b))
IO.inspect(DynamicSupervisor.terminate_child(sup, b))
IO.inspect(DynamicSupervisor.terminate_child(sup, self()))
GenServer.cast(c, :stop_normal)
Wait.down(c, "c down")
IO.inspect(DynamicSupervisor.count_children(sup))
GenServer.cast(a, :stop_normal)
Wait.down(a, "a down")
IO.inspect(DynamicSupervisor.count_children(sup))
{:ok, e} = DynamicSupervisor.start_child(sup, {Worker, :e})
GenServer.cast(e, :crash)
Wait.down(e, "e down")
[{:undefined, e2, :worker, [Worker]}] = DynamicSupervisor.which_children(sup)
IO.inspect(e2 != e)
IO.inspect(GenServer.call(e2, :get))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {Kernel, :apply, [fn -> :ignore end, []]}}))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {Kernel, :apply, [fn -> {:error, :nope} end, []]}}))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1, start: {Kernel, :apply, [fn -> :weird end, []]}}))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: 1}))
IO.inspect(DynamicSupervisor.stop(sup))
IO.inspect(Process.alive?(e2))
