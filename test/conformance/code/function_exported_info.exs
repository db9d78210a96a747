# function_exported?/3 says yes to __info__/1 and module_info/0,1 of the library's modules once
# they are loaded, as of any module compiled by Elixir (IEx's exports/1 asks it first)
for m <- [Kernel, Enum, String, Map, GenServer, Agent] do
  Code.ensure_loaded(m)
  IO.inspect({m, function_exported?(m, :__info__, 1), function_exported?(m, :module_info, 0), function_exported?(m, :module_info, 1), function_exported?(m, :__info__, 2)})
end

defmodule Mine do
  def f, do: 1
end

IO.inspect({function_exported?(Mine, :__info__, 1), function_exported?(Mine, :f, 0)})
IO.inspect(Enum.__info__(:macros) ++ (Enum.__info__(:functions) -- [__info__: 1]) |> length())
