# a script cannot require (at its compile time) a module it defines itself: Elixir says so
defmodule Calc do
  defmacro twice(x), do: quote(do: unquote(x) * 2)
end

IO.puts(1)
require Calc
IO.inspect(Calc.twice(21))
