# A :name option that is not nil, an atom, {:global, _} or {:via, mod, _}: ArgumentError raised
# from GenServer.do_start/4 at Elixir's line, for GenServer, Agent and Supervisor alike
for start <- [
      fn -> GenServer.start(Agent.Server, fn -> 1 end, name: "not an atom") end,
      fn -> GenServer.start_link(Agent.Server, fn -> 1 end, name: {:local, :x}) end,
      fn -> Agent.start(fn -> 1 end, name: 'charlist') end,
      fn -> Supervisor.start_link([], strategy: :one_for_one, name: {:via, "mod", :x}) end
    ] do
  try do
    start.()
  rescue
    e in ArgumentError ->
      IO.puts(Exception.message(e))
      IO.inspect(Enum.take(__STACKTRACE__, 3))
  end
end
