defmodule M do
  def f(x), do: if(x, do: 1, foo: 2)
end
