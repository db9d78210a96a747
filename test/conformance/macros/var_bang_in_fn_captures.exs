# var!(name) in a fn reads the caller's variable (captured by the closure), whether the quote
# came from a module (its own context) and was evaluated with bindings, or a macro expanded it
defmodule Q do
  def a, do: Code.eval_quoted(quote(do: var!(k) + 1), k: 3)
  def b, do: Code.eval_quoted(quote(do: fn x -> x * var!(k) end.(2)), k: 3)
  def c, do: Code.eval_quoted(quote(do: (&(&1 * var!(k))).(2)), k: 3)
end
IO.inspect(Q.a())
IO.inspect(Q.b())
IO.inspect(Q.c())
IO.inspect(Code.eval_quoted(quote(do: (&(&1 * var!(k))).(2)), k: 3))
IO.inspect(Code.eval_string("(&(&1 * var!(k))).(2)", k: 3))
IO.inspect(Code.eval_string("(&(&1 * k)).(2)", k: 3))
defmodule Hy do
  defmacro inc do
    quote do
      f = fn -> var!(count, Hy) + 1 end
      var!(count, Hy) = f.()
    end
  end
  defmacro setc, do: quote(do: var!(count, Hy) = 10)
end
defmodule W do
  require Hy
  def a do
    Hy.setc()
    Hy.inc()
    Hy.inc()
    g = fn -> var!(count, Hy) end
    g.()
  end
  def b do
    k = 2
    fn -> (fn var!(k) -> var!(k) * 10 end).(k + 1) end.()
  end
end
IO.inspect({W.a(), W.b()})
