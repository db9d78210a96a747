# a remote call with an arity the macro does not have
defmodule M do
  defmacro m(x), do: x
end

defmodule N do
  require M
  def f, do: M.m(1, 2)
end

IO.inspect(N.f())
