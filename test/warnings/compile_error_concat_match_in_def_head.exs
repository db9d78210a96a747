# ...in a def's head
defmodule M do
  def f(:ok ++ y), do: y
end
