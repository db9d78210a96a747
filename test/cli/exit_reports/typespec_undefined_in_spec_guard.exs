# a `when` constraint names an undefined type (a `var` constraint is no type); the result is
# checked before the constraints
defmodule Pairs do
  @spec swap({a, b}) :: {b, a} when a: var, b: var
  def swap({a, b}), do: {b, a}
  @spec first([elem]) :: elem | nil when elem: entry
  def first([]), do: nil
  def first([h | _]), do: h
end
IO.puts(:not_reached)
