defmodule Twice do
  def twice(x, unused), do: x * 2
end

IO.puts(Twice.twice(21, 0))
