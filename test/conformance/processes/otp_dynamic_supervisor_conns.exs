defmodule Conn do
  use GenServer, restart: :transient
  def start_link({id, opts}), do: GenServer.start_link(__MODULE__, {id, opts})
  def init({id, opts}) do
    case Keyword.get(opts, :mode) do
      :ignore -> :ignore
      :error -> {:error, {:cannot_connect, id}}
      _ -> {:ok, id}
    end
  end
  def handle_call(:id, _, id), do: {:reply, id, id}
  def handle_cast(:quit, id), do: {:stop, :normal, id}
  def handle_cast(:fail, id), do: {:stop, :failed, id}
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_children: 4, name: ConnSup)
IO.inspect(DynamicSupervisor.count_children(ConnSup), label: "empty")
pids =
  for i <- 1..3 do
    {:ok, pid} = DynamicSupervisor.start_child(ConnSup, {Conn, {i, []}})
    pid
  end
IO.inspect(DynamicSupervisor.start_child(ConnSup, {Conn, {9, [mode: :ignore]}}), label: "ignore")
IO.inspect(DynamicSupervisor.start_child(ConnSup, {Conn, {10, [mode: :error]}}), label: "error")
{:ok, p4} = DynamicSupervisor.start_child(ConnSup, {Conn, {4, []}})
IO.inspect(DynamicSupervisor.start_child(ConnSup, {Conn, {5, []}}), label: "max")
IO.inspect(DynamicSupervisor.count_children(ConnSup), label: "four")
IO.inspect(Enum.map(DynamicSupervisor.which_children(ConnSup), fn {id, pid, type, mods} -> {id, is_pid(pid), type, mods} end), label: "which")
IO.inspect(Enum.map(DynamicSupervisor.which_children(ConnSup), fn {_, pid, _, _} -> GenServer.call(pid, :id) end), label: "ids")
IO.inspect(DynamicSupervisor.terminate_child(ConnSup, p4), label: "terminate")
IO.inspect(DynamicSupervisor.terminate_child(ConnSup, p4), label: "terminate again")
[p1, p2, p3] = pids
ref = Process.monitor(p1)
GenServer.cast(p1, :quit)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "p1 down") end
ref = Process.monitor(p2)
GenServer.cast(p2, :fail)
receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "p2 down") end
Process.sleep(50)
IO.inspect(DynamicSupervisor.count_children(ConnSup), label: "after")
ids = Enum.map(DynamicSupervisor.which_children(ConnSup), fn {_, pid, _, _} -> GenServer.call(pid, :id) end)
IO.inspect(Enum.sort(ids), label: "ids after")
IO.inspect(Process.alive?(p3), label: "p3 alive")
spec = %{id: :custom, start: {Agent, :start_link, [fn -> :agent_state end]}, restart: :temporary}
{:ok, ag} = DynamicSupervisor.start_child(ConnSup, spec)
IO.inspect(Agent.get(ag, & &1), label: "agent")
IO.inspect(DynamicSupervisor.start_child(ConnSup, %{id: 1}), label: "bad spec")
IO.inspect(DynamicSupervisor.start_child(ConnSup, {Conn, {6, []}}), label: "full?") |> elem(0) |> IO.inspect()
:ok = DynamicSupervisor.stop(ConnSup)
IO.inspect(Process.alive?(sup), label: "sup alive")
