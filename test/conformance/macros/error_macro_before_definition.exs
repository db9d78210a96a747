# a local macro called before its definition
defmodule N do
  def f, do: g(1)
  defmacrop g(x), do: x
end
