# Elixir 1.14's type checker through Kernel's macros a body often calls: to_string/to_charlist (the
# String.Chars/List.Chars call), is_nil (== nil), raise and binding (their arguments typed).
defmodule KernelMacroCalls do
  def a(x) do
    s = to_string(x)
    {:a} = s
    [_] = s
  end
  def b(x) do
    if is_nil(x), do: raise("nil!")
    {:a} = x
    [_] = x
  end
  def c(x) do
    {:ok} = x
    raise ArgumentError, message: x
  end
  def d(x) do
    l = to_charlist(x)
    {:a} = l
    [_] = l
  end
  def e(x) do
    _ = binding()
    {:a} = x
    [_] = x
  end
  def f(x) do
    {:a} = x
    is_nil(x)
    [_] = x
  end
  def g(x) do
    raise "bad #{x}"
    {:a} = x
    [_] = x
  end
end
