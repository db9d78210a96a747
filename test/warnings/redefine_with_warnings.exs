defmodule M do
  def v(x), do: 1
end
defmodule M do
  def v(y), do: 2
end
IO.inspect(M.v(0))
