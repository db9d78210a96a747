defmodule M do
  def add(a, b), do: a
end
IO.puts(M.add(1, 2))
