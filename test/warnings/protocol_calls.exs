# Calls to a protocol and to its implementations defined earlier in the same file are known:
# no "module ... is not available" warning for them; a real undefined call still warns.
defprotocol NoAny do
  def f(x)
  def g(x, y)
end

defimpl NoAny, for: Integer do
  def f(x), do: x + 1
  def g(x, y), do: x + y
end

defmodule User do
  def call(x), do: NoAny.f(x)
  def call2(x), do: NoAny.g(x, 1)
  def impl(x), do: NoAny.Integer.f(x)
  def dispatch(x), do: NoAny.impl_for(x)
  def wrong(x), do: NoAny.h(x)
  def missing(x), do: Nowhere.f(x)
end

IO.inspect(NoAny.f(1))
IO.inspect(User.call(2))
IO.inspect(User.call2(3))
IO.inspect(User.impl(4))
IO.inspect(User.dispatch(5))
