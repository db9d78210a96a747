# an import inside a function adds to the module's: the macro imported from both is ambiguous
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
  import A, only: [m: 1]
  def run do
    import B, only: [m: 1]
    m(2)
  end
end
IO.inspect C.run()
