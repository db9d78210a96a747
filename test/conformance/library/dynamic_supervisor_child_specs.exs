# DynamicSupervisor.start_child/2 checks the child spec in the caller as Elixir 1.14 does: the
# errors for each bad field, {:invalid_child_spec, _} without :id/:start, a CaseClauseError for a
# bad :type; a failing start is {:error, {reason, stacktrace}} with its frames, a throw {:nocatch, _}
{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one)
specs = [
  %{id: 1},
  %{id: 1, start: :bad},
  %{id: 1, start: {Agent, :start_link, :notalist}},
  %{id: 1, start: {Agent, :start_link, [fn -> 1 end]}, restart: :sometimes},
  %{id: 1, start: {Agent, :start_link, [fn -> 1 end]}, shutdown: -1},
  %{id: 1, start: {Agent, :start_link, [fn -> 1 end]}, shutdown: :brutal_kill},
  %{id: 1, start: {Agent, :start_link, [fn -> 1 end]}, type: :thing},
  %{id: 1, start: {Agent, :start_link, [fn -> 1 end]}, modules: :bad},
  %{id: 1, start: {Agent, :start_link, [fn -> 1 end]}, modules: [1]},
  %{id: 1, start: {Agent, :start_link, [fn -> 1 end]}, significant: true},

  %{id: 1, start: {Agent, :start_link, [fn -> 1 end]}, shutdown: 0},
  %{id: 1, start: {Kernel, :throw, [:boom]}},
  %{id: 1, start: {Kernel, :exit, [:bye]}},
  %{id: 1, start: {Function, :identity, [:weird]}},
  %{id: 1, start: {Function, :identity, [:ignore]}},
  %{id: 1, start: {Function, :identity, [{:error, :nope}]}},
  %{id: 1, start: {Agent, :start_link, [fn -> 1 end]}, extra: 1},
  {1, {Agent, :start_link, [fn -> 1 end]}, :permanent, 5000, :worker, [Agent]},
  {1, {Agent, :start_link, [fn -> 1 end]}, :bad, 5000, :worker, [Agent]},
  {1, {Agent, :start_link, [fn -> 1 end]}, :permanent, 5000, :worker, :dynamic},
  {1, :bad, :permanent, 5000, :worker, [Agent]},
  {1, 2},
  :notaspec,
  %{start: {Agent, :start_link, [fn -> 1 end]}},
  {Agent, fn -> 1 end},
  Agent,
  NoSuchModule,
  {NoSuchModule, 1},
  %{id: 1, start: {Agent, :start_link, [fn -> 1 end]}, restart: :temporary, shutdown: :infinity, type: :supervisor}
]
for spec <- specs do
  r = try do
    DynamicSupervisor.start_child(sup, spec)
  rescue e -> {:raised, Exception.message(e) |> String.slice(0, 200)}
  catch k, v -> {:caught, k, v}
  end
  IO.inspect(case r do {:ok, pid} when is_pid(pid) -> :ok_pid; o -> o end, label: inspect(spec) |> String.replace(~r/#Function<[^>]+>/, "fn"))
end
IO.inspect(DynamicSupervisor.which_children(sup) |> Enum.map(fn {id, pid, type, mods} -> {id, is_pid(pid), type, mods} end))
IO.inspect(DynamicSupervisor.count_children(sup))
{:ok, sup2} = DynamicSupervisor.start_link(strategy: :one_for_one, max_children: 1, extra_arguments: [:x])
IO.inspect(DynamicSupervisor.start_child(sup2, %{id: 1, start: {Function, :identity, []}}))
IO.inspect(DynamicSupervisor.start_child(sup2, {Task, fn -> Process.sleep(:infinity) end}) |> elem(0))
