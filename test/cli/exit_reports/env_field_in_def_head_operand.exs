defmodule Door do
  def open?(__ENV__.line == 1), do: 1
end
