# a block in parentheses inside an expression: the values it drops are pointed out as in a function body
IO.inspect((1; 2))
x = ("s"; :a; 2.5)
IO.inspect(x)
y = 3
IO.inspect((y; 4))
defmodule BlockInExpr do
  def f, do: IO.inspect((1; 2))
end
BlockInExpr.f()
