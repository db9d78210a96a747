# elem(t, i) in a guard is :erlang.element(i + 1, t): one that fails on constants is warned of as in a body.
defmodule GuardElem do
  def a(x) when elem(x, 0) == 1, do: x
  def a(x), do: x
  def b(x) when elem({1, 2}, 1) == x, do: x
  def b(x), do: x
  def c(x) when elem({1}, -1) == x, do: x
  def c(x), do: x
  def d(x) when :erlang.element(5, {1}) == x, do: x
  def d(x), do: x
  def e(x) when is_tuple(x) and elem({}, 0) == 1, do: x
  def e(x), do: x
  def f(x) when elem(x, 0) == 1 or elem({1}, 1) == 2, do: x
  def f(x), do: x
  def g(x) when elem({1}, 3) == 1, do: x
  def g(x), do: x
end
IO.inspect({GuardElem.a({1}), GuardElem.b(2), GuardElem.c(1), GuardElem.d(1), GuardElem.e({}), GuardElem.f({2}), GuardElem.g(1)})
