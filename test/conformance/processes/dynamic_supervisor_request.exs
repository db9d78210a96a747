# DynamicSupervisor.start_child's request to the supervisor names the child as Elixir 1.14's
# does ({mfa, restart, shutdown, type, modules}, :significant left out): seen in the exit of a
# call to a supervisor that is not there
for spec <- [
      {Agent, :initial},
      %{id: 1, start: {Agent, :start_link, [:x]}, significant: true, restart: :transient},
      %{id: 2, start: {Agent, :start_link, [:y]}, type: :supervisor},
      {1, {Agent, :start_link, [:z]}, :temporary, 100, :worker, [Agent]}
    ] do
  try do
    DynamicSupervisor.start_child(:no_dynamic_supervisor, spec)
  catch
    :exit, {reason, {GenServer, :call, [name, request, timeout]}} -> IO.inspect({reason, name, request, timeout})
  end
end

{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_children: 1)
{:ok, a} = DynamicSupervisor.start_child(sup, %{id: 1, start: {Agent, :start_link, [fn -> 1 end]}, significant: true})
IO.inspect(Agent.get(a, & &1))
IO.inspect(DynamicSupervisor.start_child(sup, {Agent, fn -> 2 end}))
IO.inspect(DynamicSupervisor.which_children(sup) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p), t, m} end))
