# A remote call on the result of another: the inner call is checked too.
defmodule RemoteReceivers do
  def f(x), do: Foo.bar(x).baz
  def g(x), do: Strin.upcase(x).y()
  def h(x), do: (Enum.frob(x)).z
end
