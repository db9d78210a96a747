defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg, name: arg)
  def init(:fail), do: {:stop, :nope}
  def init(a), do: {:ok, a}
end
IO.inspect Supervisor.init([{W, :a}, %{id: :x, start: {W, :start_link, [:x]}}], strategy: :one_for_one)
IO.inspect Supervisor.child_spec({W, :a}, id: :z, restart: :temporary)
IO.inspect W.child_spec(:q)
{:ok, s} = Supervisor.start_link([{W, :a}, Supervisor.child_spec({W, :b}, id: :b), Supervisor.child_spec({W, :c}, id: :c)], strategy: :one_for_one)
IO.inspect Supervisor.which_children(s) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p), t, m} end)
IO.inspect Supervisor.count_children(s)
IO.inspect Supervisor.start_child(s, Supervisor.child_spec({W, :d}, id: :d))
|> elem(0)
IO.inspect Supervisor.start_child(s, Supervisor.child_spec({W, :d}, id: :d)) |> elem(0)
IO.inspect Supervisor.start_child(s, Supervisor.child_spec({W, :fail}, id: :f))
IO.inspect Supervisor.start_child(s, Supervisor.child_spec({W, :a}, id: :a2)) |> elem(1) |> elem(0)
IO.inspect Supervisor.terminate_child(s, :d)
IO.inspect Supervisor.start_child(s, Supervisor.child_spec({W, :d}, id: :d))
IO.inspect Supervisor.terminate_child(s, :nope)
IO.inspect Supervisor.which_children(s) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p), t, m} end)
IO.inspect Supervisor.restart_child(s, :d) |> elem(0)
IO.inspect Supervisor.restart_child(s, :d)
IO.inspect Supervisor.delete_child(s, :d)
Supervisor.terminate_child(s, :d)
IO.inspect Supervisor.delete_child(s, :d)
IO.inspect Supervisor.delete_child(s, :d)
IO.inspect Supervisor.restart_child(s, :d)
Process.flag(:trap_exit, true)
IO.inspect Supervisor.start_link([{W, :ok1}, {W, :fail}], strategy: :one_for_one)
receive do m -> IO.inspect(m) end
IO.inspect Supervisor.start_link([Supervisor.child_spec({W, :ok2}, id: :ok2), Supervisor.child_spec({W, :fail}, id: :fail)], strategy: :one_for_one)
IO.inspect Process.whereis(:ok2)
receive do m -> IO.inspect(m) end
try do Supervisor.init([], []) rescue e -> IO.inspect(e) end
IO.inspect :sys.get_status(s) |> elem(2)
