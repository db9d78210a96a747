# In a module, OTP moves a commutative operator's literal operand second: `3 * r` fails as
# :erlang.*(r, 3); `r + 1` becomes an increment, which fails with no frame of its own
defmodule Shapes do
  def bump(r), do: r + 1
  def area(r), do: 3 * r * r
  def both(r), do: [area(r), bump(r)]
end

defmodule Main do
  def run(x), do: {:area, Shapes.both(x)}
end

Main.run(String.to_atom("r"))
