# a spec's arguments are checked before its result and its `when` constraints; a bare name that
# is no `when` key is a type of arity 0, not a type variable
defmodule Calc do
  @type num :: integer | float
  @spec add(num, num) :: num
  def add(a, b), do: a + b
  @spec scale(factor, num) :: result when result: num
  def scale(f, n), do: f * n
end
IO.puts(:not_reached)
