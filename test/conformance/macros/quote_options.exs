# quote options: bind_quoted, location: :keep, context:, unquote: false, line:
defmodule Q do
  def bind(v), do: quote(bind_quoted: [v: v], do: v * 2)
  def bind2(a, b), do: quote(bind_quoted: [a: a, b: b], do: (c = a + b; c))
  def keep, do: quote(location: :keep, do: x + 1)
  def ctx, do: quote(context: Other, do: x = [1 | t])
  def raw, do: quote(unquote: false, do: unquote(x))
  def line, do: quote(line: 42, do: foo(bar))
end
IO.inspect(Q.bind(%{a: 1}))
IO.inspect(Q.bind({1, 2, 3}))
IO.inspect(Q.bind2(1, [2]))
IO.inspect(Q.keep())
IO.inspect(Q.ctx())
IO.inspect(Q.raw())
IO.inspect(Q.line())
IO.inspect(Code.eval_quoted(Q.bind(21)))
