# The same module imported again with other names, in the module body and inside functions: each
# function sees what was imported for it (Elixir's imports are lexical)
defmodule M do
  import Enum, only: [map: 2]
  def a, do: map([1], &(&1 + 1))
  import Enum, only: [filter: 2]
  def b, do: filter([1, 2], &(&1 > 1))
end
IO.inspect({M.a(), M.b()})
defmodule N do
  def c do
    import String, only: [upcase: 1]
    upcase("x")
  end
  def d do
    import String, only: [downcase: 1]
    downcase("Y")
  end
end
IO.inspect({N.c(), N.d()})
