# a macro returning an invalid quoted expression: the CompileError is reported while expanding it
# (expanding macro: ..., then the caller), as Elixir does
defmodule Bad do
  defmacro bad do
    {:a, :b, :c, :d}
  end
end
defmodule UseBad do
  require Bad
  def f, do: Bad.bad()
end
