# defoverridable of a macro: a later defmacro replaces it (as ExUnit.CaseTemplate's __using__/1)
defmodule Tpl do
  defmacro __using__(_), do: quote(do: def(a, do: :orig))
  defoverridable __using__: 1
  defmacro __using__(opts), do: quote(do: def(a, do: {:new, unquote(opts)}))
end

defmodule Twice do
  defmacro m(x), do: x
  defoverridable m: 1
  defmacro m(x), do: quote(do: {:first_override, unquote(x)})
  defoverridable m: 1
  defmacro m(x), do: quote(do: {:second_override, unquote(x)})
end

defmodule U do
  use Tpl, x: 1
  require Twice
  def b, do: Twice.m(2)
end

IO.inspect(U.a())
IO.inspect(U.b())
