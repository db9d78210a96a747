# PartitionSupervisor (1.14): options and their errors, partitions routed by integer key or phash2,
# which_children/count_children, via lookups, restarts, DynamicSupervisor partitions, stop.
t = fn label, f -> try do IO.inspect(f.(), label: label) rescue e -> IO.inspect(e, label: label) catch k, v -> IO.inspect({k, v}, label: label) end end
IO.inspect(Enum.map([:a, "b", {:x, 1}, [1, 2], 3.5, self() |> is_pid], &:erlang.phash2(&1, 8)))
defmodule Worker do
  use Agent
  def start_link(arg), do: Agent.start_link(fn -> arg end)
end
t.("no name", fn -> PartitionSupervisor.start_link(child_spec: Worker) end)
t.("bad name", fn -> PartitionSupervisor.start_link(name: "x", child_spec: Worker) end)
t.("via name", fn -> PartitionSupervisor.start_link(name: {:via, Registry, {R, 1}}, child_spec: Worker) end)
t.("no spec", fn -> PartitionSupervisor.start_link(name: P0) end)
t.("bad partitions", fn -> PartitionSupervisor.start_link(name: P0, child_spec: Worker, partitions: 0) end)
t.("bad with", fn -> PartitionSupervisor.start_link(name: P0, child_spec: Worker, with_arguments: 3) end)
t.("with returns non-list", fn -> PartitionSupervisor.start_link(name: P0, child_spec: Worker, with_arguments: fn _, _ -> :x end) end)
t.("auto_shutdown", fn -> PartitionSupervisor.start_link(name: P0, child_spec: Worker, auto_shutdown: :any_significant) end)
{:ok, pid} = PartitionSupervisor.start_link(name: P1, child_spec: {Worker, :init}, partitions: 4, with_arguments: fn [a], p -> [{a, p}] end)
t.("start", fn -> is_pid(pid) end)
t.("partitions", fn -> PartitionSupervisor.partitions(P1) end)
t.("children", fn -> PartitionSupervisor.which_children(P1) |> Enum.map(fn {id, p, type, mods} -> {id, is_pid(p), type, mods} end) end)
t.("count", fn -> PartitionSupervisor.count_children(P1) end)
for key <- [0, 1, 5, -7, :a, "b", {:x, 1}] do
  t.("route #{inspect key}", fn -> Agent.get({:via, PartitionSupervisor, {P1, key}}, & &1) end)
end
t.("whereis", fn -> GenServer.whereis({:via, PartitionSupervisor, {P1, 2}}) |> is_pid end)
t.("send", fn -> PartitionSupervisor.send({P1, 3}, :hello) end)
t.("register", fn -> Agent.start_link(fn -> 1 end, name: {:via, PartitionSupervisor, {P1, 1}}) end)
t.("again", fn -> PartitionSupervisor.start_link(name: P1, child_spec: Worker) |> elem(1) |> elem(0) end)
t.("child_spec", fn -> PartitionSupervisor.child_spec(name: P2, child_spec: Worker) end)
t.("child_spec2", fn -> PartitionSupervisor.child_spec(child_spec: Worker) end)
t.("supervisor map", fn -> Supervisor.child_spec({PartitionSupervisor, name: P3, child_spec: Worker}, []) end)
t.("partitions missing", fn -> PartitionSupervisor.partitions(Nope) end)
t.("whereis missing", fn -> GenServer.whereis({:via, PartitionSupervisor, {Nope, 1}}) end)
t.("stop", fn -> PartitionSupervisor.stop(P1) end)
t.("after stop", fn -> Process.alive?(pid) end)
{:ok, _} = Supervisor.start_link([{PartitionSupervisor, name: P4, child_spec: DynamicSupervisor, partitions: 2}], strategy: :one_for_one)
t.("dyn", fn -> DynamicSupervisor.start_child({:via, PartitionSupervisor, {P4, self()}}, {Agent, fn -> :z end}) |> elem(0) end)
t.("dyn children", fn -> PartitionSupervisor.which_children(P4) |> Enum.map(fn {id, _, type, mods} -> {id, type, mods} end) end)
t.("dyn count", fn -> PartitionSupervisor.count_children(P4) end)
t.("default partitions", fn -> {:ok, _} = PartitionSupervisor.start_link(name: P5, child_spec: Worker); PartitionSupervisor.partitions(P5) == System.schedulers_online() end)
t.("restart", fn ->
  p = GenServer.whereis({:via, PartitionSupervisor, {P5, 0}})
  Process.exit(p, :kill)
  Process.sleep(50)
  p2 = GenServer.whereis({:via, PartitionSupervisor, {P5, 0}})
  {is_pid(p2), p2 != p}
end)
t.("stop reason", fn -> PartitionSupervisor.stop(P5, :normal, 1000) end)
# a bad :name for any OTP starter
for f <- [fn -> GenServer.start_link(Agent.Server, fn -> 1 end, name: "x") end, fn -> Supervisor.start_link([], strategy: :one_for_one, name: "x") end, fn -> Agent.start_link(fn -> 1 end, name: 1) end, fn -> Supervisor.start_link(Sup, [], name: {:bad}) end] do
  try do f.() rescue e -> IO.inspect(e) end
end
