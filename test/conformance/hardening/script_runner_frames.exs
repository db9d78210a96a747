# Below a script's top level stand Elixir's own frames (`elixir FILE.exs` runs it through
# Code.require_file/2), in __STACKTRACE__ and in Process.info's current stacktrace alike.
below_top_level = fn stacktrace ->
  stacktrace
  |> Enum.drop_while(fn {_, f, _, _} -> f != :__FILE__ end)
  |> Enum.drop(1)
end

try do
  raise "top level"
rescue
  _ -> IO.inspect(below_top_level.(__STACKTRACE__))
end

try do
  Enum.map([1], fn x -> x + String.to_atom("a") end)
catch
  :error, _ -> IO.inspect(length(__STACKTRACE__))
end

{:current_stacktrace, st} = Process.info(self(), :current_stacktrace)
IO.inspect(below_top_level.(st))

defmodule Runner do
  def nested(0), do: Process.info(self(), :current_stacktrace)
  def nested(n), do: [nested(n - 1)]
end

[[{:current_stacktrace, deep}]] = Runner.nested(2)
IO.inspect(length(deep))
IO.inspect(List.last(deep))
