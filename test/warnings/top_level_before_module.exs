x = 1
unused_after = 5
defmodule M do
  def f, do: 1
end
z = 3
