Logger.configure(level: :critical)
defmodule W do
  use GenServer
  def start_link(extra, arg), do: GenServer.start_link(__MODULE__, {extra, arg})
  def init(x), do: {:ok, x}
  def handle_call(:get, _, s), do: {:reply, s, s}
  def handle_cast(:crash, _), do: raise("x")
end
Process.flag(:trap_exit, true)
{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, extra_arguments: [:extra], max_restarts: 1, max_seconds: 60)
{:ok, p} = DynamicSupervisor.start_child(sup, %{id: W, start: {W, :start_link, [:arg]}})
IO.inspect(GenServer.call(p, :get))
IO.inspect(:sys.get_state(sup) |> is_map() |> then(fn _ -> :state_ok end))
ref = Process.monitor(p)
GenServer.cast(p, :crash)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
poll = fn f -> case DynamicSupervisor.which_children(sup) do [{_, p2, _, _}] when p2 != p -> p2; _ -> Process.sleep(5); f.(f) end end
p2 = poll.(poll)
IO.inspect(GenServer.call(p2, :get))
GenServer.cast(p2, :crash)
receive do {:EXIT, ^sup, r} -> IO.inspect(r, label: "dynsup exit") end
IO.inspect(Process.alive?(p2))
{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
IO.inspect(DynamicSupervisor.start_child(sup, {Agent, fn -> 1 end}) |> elem(0))
IO.inspect(DynamicSupervisor.start_child(sup, {Task, fn -> Process.sleep(:infinity) end}) |> elem(0))
IO.inspect(DynamicSupervisor.start_child(sup, %{id: :s, start: {DynamicSupervisor, :start_link, [[strategy: :one_for_one]]}, type: :supervisor}) |> elem(0))
IO.inspect(DynamicSupervisor.count_children(sup))
IO.inspect(DynamicSupervisor.start_child(sup, {Agent, fn -> raise "no" end}) |> then(fn {:error, {%RuntimeError{} = e, _}} -> e; x -> x end))
IO.inspect(DynamicSupervisor.start_child(sup, {Agent, fn -> exit(:nope) end}))
IO.inspect(DynamicSupervisor.stop(sup))
IO.puts("end")
