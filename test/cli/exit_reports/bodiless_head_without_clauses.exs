# a bodiless head with no clause of its own (only the library may document a native function so)
defmodule M do
  @doc "x"
  def f(a)
end
