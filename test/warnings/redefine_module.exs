defmodule M do
  def v, do: 1
end
IO.inspect(M.v())
defmodule M do
  def v, do: 2
end
IO.inspect(M.v())
