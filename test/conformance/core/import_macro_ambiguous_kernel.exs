# a module's macro with a Kernel macro's name/arity, imported, is ambiguous with Kernel's
defmodule A do
  defmacro m(x), do: x
  defmacro unless(a, b), do: quote(do: if(!unquote(a), unquote(b)))
  def f(x), do: x
end
defmodule B do
  defmacro m(x), do: quote(do: unquote(x) * 10)
  defmacro m(x, y), do: quote(do: unquote(x) + unquote(y))
  def f(x), do: x
end
defmodule C do
  import A, only: [unless: 2]
  def run, do: unless(false, do: :x)
end
IO.inspect C.run()
