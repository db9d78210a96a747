# GenServer.start/3 and start_link/3 take a module atom and a list of options (their guards, as
# Elixir's): anything else is a FunctionClauseError in their frame, Agent's starts through them
calls = [
  fn -> GenServer.start(1, 2) end,
  fn -> GenServer.start_link(Foo, 2, :bad) end,
  fn -> GenServer.start("mod", 2, []) end,
  fn -> Agent.start_link(fn -> 1 end, 1) end,
  fn -> Agent.start(fn -> 1 end, %{}) end
]

for call <- calls do
  try do
    call.()
  rescue
    e ->
      frames = for {m, f, a, loc} <- Enum.take(__STACKTRACE__, 2), do: {m, f, if(is_list(a), do: length(a), else: a), loc[:line]}
      IO.inspect({e.__struct__, e |> Exception.message() |> String.split("\n") |> hd(), frames})
  end
end

GenServer.start(1, 2)
