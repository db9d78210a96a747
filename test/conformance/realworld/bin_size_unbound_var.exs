defmodule M do
  def f(<<x::size(y)>>), do: x
end
