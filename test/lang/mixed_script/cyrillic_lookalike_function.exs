IO.puts(:ok)
defmodule M do
  def аdmin?(x), do: x
end
