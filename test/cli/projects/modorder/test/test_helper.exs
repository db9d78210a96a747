# one compiler worker: the test files load one after another, in order, whatever the load
:erlang.system_flag(:schedulers_online, 1)
{:ok, _} = Agent.start(fn -> [] end, name: Modorder)

ExUnit.after_suite(fn _ ->
  for {module, test} <- Enum.reverse(Agent.get(Modorder, & &1)), do: IO.puts("#{inspect(module)} #{test}")
end)

ExUnit.start()
