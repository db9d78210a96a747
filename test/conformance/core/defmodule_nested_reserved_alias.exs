# defmodule Nil (or Any, ...) inside a module defines the nested Outer.Nil, which Elixir allows:
# only the top-level names are reserved
defmodule X do
  defmodule Nil do
    def f, do: __MODULE__
  end
  def g, do: Nil.f()
end
IO.inspect(X.g())
IO.inspect(X.Nil.f())
defmodule Y do
  def h do
    defmodule Any do
      def a, do: 1
    end
    Any.a()
  end
end
IO.inspect(Y.h())
