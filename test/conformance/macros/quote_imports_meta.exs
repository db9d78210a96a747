# calls to imported functions and macros record imports:/context: meta in the quote
defmodule M do
  import String, only: [upcase: 1, duplicate: 2]
  def a, do: quote(do: upcase("x"))
  def b, do: quote(do: duplicate("x", 2))
  def c, do: quote(do: length([1]))
  def d, do: quote(do: if(true, do: 1))
  def e, do: quote(do: case(x, do: (_ -> 1)))
  def f, do: quote(do: local_fun(1))
  def g, do: quote(do: inspect(1, []))
end
IO.inspect(M.a())
IO.inspect(M.b())
IO.inspect(M.c())
IO.inspect(M.d())
IO.inspect(M.e())
IO.inspect(M.f())
IO.inspect(M.g())
