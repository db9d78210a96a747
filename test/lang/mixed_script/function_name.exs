defmodule M do
  def λf(x), do: x
end
