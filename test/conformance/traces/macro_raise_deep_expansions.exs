# Five macros deep: the trace keeps the BEAM's 8 frames (four expansions)
defmodule Mac do
  defmacro boom(x), do: raise(ArgumentError, "boom #{x}")
  defmacro n1(x), do: quote(do: Mac.boom(unquote(x)))
  defmacro n2(x), do: quote(do: Mac.n1(unquote(x)))
  defmacro n3(x), do: quote(do: Mac.n2(unquote(x)))
  defmacro n4(x), do: quote(do: Mac.n3(unquote(x)))
end

defmodule User do
  require Mac
  def f, do: Mac.n4(1)
end
