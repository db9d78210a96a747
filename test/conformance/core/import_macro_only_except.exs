# macros imported from two modules: only:/except: leave one of them, another arity is no conflict
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
defmodule C1 do
  import A
  import B, only: [f: 1]
  def run, do: m(1)
end
defmodule C4 do
  import A
  import B, only: [m: 2]
  def run, do: {m(1), m(1, 2)}
end
defmodule C5 do
  import A
  import B, except: [m: 1]
  def run, do: {m(1), m(1, 2)}
end
defmodule C8 do
  import A, only: [m: 1]
  import A, only: [m: 1]
  def run, do: m(2)
end
IO.inspect({C1.run(), C4.run(), C5.run(), C8.run()})
