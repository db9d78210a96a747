# Elixir 1.14 checks a module's undefined local functions once all of it is expanded: the other
# warnings first, then each undefined local but the first as a warning (by line, the last first),
# then the first as the CompileError; a call in a fn, a guarded def, a capture, a macro called
# before its definition and a bare name all count
defmodule Lots do
  def a, do: foo(1)
  def b(x) do
    y = 2
    x
  end
  def c, do: fn -> inner(1) end
  def d(x) when x > 1, do: guarded(x)
  def e, do: &captured/1
  def f, do: {zed(1), baz(1), zed(1)}
  def g, do: mac(1)
  defmacro mac(x), do: x
  def h(x), do: x |> piped()
  def i, do: %{k: 1, k: 2}
  def j(q), do: 1
  def k, do: foo(1, 2)
end
