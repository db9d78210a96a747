{:ok, _} = PartitionSupervisor.start_link(child_spec: {Agent, fn -> :init end}, name: MyPS, partitions: 3)
IO.inspect(PartitionSupervisor.partitions(MyPS))
IO.inspect(PartitionSupervisor.count_children(MyPS))
IO.inspect(PartitionSupervisor.which_children(MyPS) |> Enum.map(fn {id, _, t, m} -> {id, t, m} end) |> Enum.sort())
for k <- [0, 1, 2, 5, :a, "x", {1, 2}] do
  Agent.update({:via, PartitionSupervisor, {MyPS, k}}, fn _ -> k end)
  IO.inspect(Agent.get({:via, PartitionSupervisor, {MyPS, k}}, & &1), label: inspect(k))
end
{:ok, _} = PartitionSupervisor.start_link(child_spec: Task.Supervisor, name: TSP)
IO.inspect(Task.Supervisor.async({:via, PartitionSupervisor, {TSP, self()}}, fn -> :ran end) |> Task.await())
IO.inspect(PartitionSupervisor.partitions(TSP) == System.schedulers_online())
IO.inspect(GenServer.whereis({:via, PartitionSupervisor, {MyPS, 4}}) |> is_pid())
IO.inspect(PartitionSupervisor.stop(MyPS))
