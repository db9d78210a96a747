# v3_core tests a guard that is not a test (a type test, a comparison) as `x =:= true`: a literal
# value other than true is always false ('always yield the same result'), not a failure. A chain
# of nots over such an x (parenthesized or not) tests `not(x =:= false)` and is_boolean(x): no
# call to not/1 is made, none will fail.
defmodule GuardValues do
  def a(x) when 1 + 1, do: x
  def a(x), do: {x}
  def b(x) when hd([:ok]), do: x
  def b(x), do: {x}
  def c(x) when {1}, do: x
  def c(x), do: {x}
  def d(x) when not(not(elem({:a}, 0))), do: x
  def d(x), do: {x}
  def e(x) when not (not elem({:a}, 0)), do: x
  def e(x), do: {x}
  def f(x) when not(not(not(elem({2}, 0)))), do: x
  def f(x), do: {x}
  def g(x) when not(not(elem({true}, 0))), do: x
  def g(x), do: {x}
  def h(x) when not(not(is_atom(1))), do: x
  def h(x), do: {x}
  def i(x) when not(not(true)), do: x
  def i(x), do: {x}
  def j(x) when not(not(x)), do: x
  def j(x), do: {x}
  def k(x) when is_atom((not elem({1}, 0))), do: x
  def k(x), do: {x}
end
IO.inspect(Enum.map([:a, :b, :c, :d, :e, :f, :g, :h, :i, :j, :k], &apply(GuardValues, &1, [true])))
