# A guard that is a `not` is tested as `x =:= false` (always false for a literal other than
# false: 'always yield the same result'); a `not` that is an operand of and/or is a call of
# Erlang's not, which fails on a literal other than a boolean ('will fail').
defmodule GuardNot do
  def a(x) when not 1, do: x
  def a(x), do: x
  def c(x) when not 1 and x > 0, do: x
  def c(x), do: x
  def d(x) when x > 0 or not 1, do: x
  def d(x), do: x
  def e(x) when not false, do: x
  def f(x) when not true, do: x
  def f(x), do: x
  def g(x) when not :a when x > 1, do: x
  def g(x), do: x
  def h(x) when not x, do: x
  def h(x), do: x
end
IO.inspect({GuardNot.a(1), GuardNot.c(1), GuardNot.d(1), GuardNot.e(1), GuardNot.f(1), GuardNot.g(2), GuardNot.h(true)})
