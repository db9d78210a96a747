# Supervisor.child_spec/2 and init/2 refusing a child: their frames at the lines of Elixir's lib/supervisor.ex
defmodule NoSpec do
end
st = fn f ->
  try do
    f.()
  rescue
    e -> IO.puts(Exception.message(e)); IO.inspect({e.__struct__, Enum.take(__STACKTRACE__, 3) |> Enum.map(fn {m, f, a, loc} -> {m, f, (if is_list(a), do: length(a), else: a), loc[:line]} end)})
  end
end
st.(fn -> Supervisor.child_spec(:not_a_module, []) end)
st.(fn -> Supervisor.child_spec(NoSpec, []) end)
st.(fn -> Supervisor.child_spec({NoSpec, 1}, []) end)
st.(fn -> Supervisor.child_spec(Agent, bogus: 1) end)
st.(fn -> Supervisor.child_spec({:a, {:m, :f, []}, :permanent, 5000, :worker, []}, []) end)
st.(fn -> Supervisor.init([:not_a_module], strategy: :one_for_one) end)
st.(fn -> Supervisor.init([NoSpec], strategy: :one_for_one) end)
st.(fn -> Supervisor.child_spec(%{id: 1}, bogus: 2) end)
st.(fn -> Supervisor.child_spec(12, []) end)
st.(fn -> Supervisor.init([], strategy: :bogus) end)
st.(fn -> Supervisor.init([]) end)
