# A variable before an alias in a def (`m.Inner.Deep`): the alias cannot expand to an atom at
# compile time, a CompileError with Elixir's explanation
defmodule A do
  def f(m) do
    x = 1
    [x, m.Inner.Deep]
  end
end
