# importing a module again at module level replaces its names for the defs after it
defmodule A do
  def f(x), do: {:a, x}
  def g(x), do: {:ag, x}
end
defmodule M do
  import A, only: [f: 1]
  def one, do: f(1)
  import A, only: [g: 1]
  def two, do: f(2)
end
