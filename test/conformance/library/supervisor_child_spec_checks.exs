# Supervisor.child_spec/2 keeps a map as it is (OTP's :supervisor checks it when the child
# starts), validates only the override keys; start_child / start_link answer OTP's error shapes
# in OTP's check order (id, start, restart, significant, type, shutdown, modules).
show = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

agent = {Agent, :start_link, [fn -> 1 end]}

show.(fn -> Supervisor.child_spec(%{id: 1}, []) end)
show.(fn -> Supervisor.child_spec(%{id: 1}, id: 2, restart: :temporary) end)
show.(fn -> Supervisor.child_spec(%{id: 1, start: :x, foo: 2}, shutdown: :bad) end)
show.(fn -> Supervisor.child_spec(%{id: 1}, foo: 1) end)
show.(fn -> Supervisor.child_spec({Agent, fn -> 1 end}, bogus: 1) end)
show.(fn -> Supervisor.child_spec(%{id: 1}, start: 3) end)
show.(fn -> Supervisor.child_spec({1, 2, 3, 4, 5, 6}, []) end)
show.(fn -> Supervisor.child_spec(:no_such_module, []) end)
show.(fn -> Supervisor.child_spec({:no_such_module, 1}, []) end)
show.(fn -> Supervisor.child_spec(Keyword, []) end)
show.(fn -> Supervisor.child_spec(5, []) end)

Process.flag(:trap_exit, true)

for children <- [
      [%{id: 1}],
      [%{start: agent}],
      [%{}],
      [%{id: 1, start: 3}],
      [%{id: 1, start: agent, restart: :x}]
    ] do
  IO.inspect(Supervisor.start_link(children, strategy: :one_for_one))
end

{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one)

for spec <- [
      %{id: 1},
      Supervisor.child_spec(%{id: 1}, []),
      %{start: agent},
      %{id: 1, start: :x},
      %{id: 1, start: {Agent, :start_link, 5}},
      %{id: 1, start: {Agent, :start_link}},
      %{id: 1, start: agent, restart: :bad, type: :bad},
      %{id: 1, start: agent, significant: 3, restart: :bad},
      %{id: 1, start: agent, significant: 3, type: :x},
      %{id: 1, start: agent, type: :x, shutdown: :x},
      %{id: 1, start: agent, shutdown: -1},
      %{id: 1, start: agent, shutdown: :x, modules: :x},
      %{id: 1, start: agent, modules: :x},
      %{id: 1, start: agent, modules: [Agent, 1]},
      {1, 2, 3, 4, 5, 6},
      {1, {A, :b, []}, :bad, 1, :worker, []},
      {1, agent, :temporary, :x, :bad, []}
    ] do
  IO.inspect(Supervisor.start_child(sup, spec))
end

for spec <- [
      %{id: :a, start: agent, shutdown: 0},
      %{id: :b, start: agent, modules: :dynamic},
      %{id: :c, start: agent, bogus: :x},
      Supervisor.child_spec(%{id: :d}, start: agent)
    ] do
  {:ok, pid} = Supervisor.start_child(sup, spec)
  IO.inspect(is_pid(pid))
end

IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, _, type, mods} -> {id, type, mods} end))
show.(fn -> Supervisor.start_child(sup, {1, 2, 3}) end)
