# The args of a call of the program's own macro are checked where its expansion keeps them, not
# as written: a macro that rewrites a call (a pipe) or drops its argument makes no call of it,
# while one that keeps the argument is checked at the caller (with the caller's aliases)
defmodule M do
  defmacro my_pipe(left, right), do: Macro.pipe(left, right, 0)
  defmacro drop(_x), do: :dropped
  defmacro keep(x), do: quote(do: {:kept, unquote(x)})
  defmacro nested(x), do: quote(do: M.keep(unquote(x)))
end

defmodule U do
  require M
  alias String, as: S

  def a, do: M.my_pipe(12, Integer.to_string())
  def b, do: M.drop(Nope.call(1))
  def c, do: M.drop(Integer.nope(1))
  def d, do: M.keep(Integer.nope(2))
  def e, do: M.keep(S.nope(3))
  def f, do: M.nested(Gone.call(4))
  def g, do: M.drop(M.keep(Dropped.call(5)))
  def h, do: M.my_pipe(:ok, S.upcase())
end

IO.inspect({U.a(), U.b(), U.c()})
