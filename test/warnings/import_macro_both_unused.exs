# two modules importing the same macro, neither called: both imports are unused
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
  import A
  import B
  def run, do: :ok
end
IO.inspect C.run()
