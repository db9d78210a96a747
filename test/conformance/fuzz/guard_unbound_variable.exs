# A guard naming a variable its pattern does not bind: Elixir expands the name to a local call,
# which a guard may not make
defmodule F do
  def f(x) when y > 1, do: x
end

IO.puts(F.f(2))
