# Elixir 1.14's type checker through Kernel.in (x in literal list, x in a variable, not in) and
# aliases (the atoms they expand to) in function bodies.
defmodule InAndAliases do
  def a(x) do
    if x in [1, 2], do: :small
    {:a} = x
    [_] = x
  end
  def b(x, l) do
    _ = x in l
    {:a} = x
    [_] = x
  end
  def c(x) do
    raise ArgumentError
    {:a} = x
    [_] = x
  end
  def e(x) do
    _ = x not in [:a, :b]
    {:a} = x
    [_] = x
  end
end
