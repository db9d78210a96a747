# a guard written inside a binary generator's segment is a call of when/2 in a pattern: the
# trace is elixir_bitstring's frames (the rest cut by the BEAM's 8)
defmodule A do
  def f(b) do
    for <<x when x > 1 <- b>>, do: x
  end
end
