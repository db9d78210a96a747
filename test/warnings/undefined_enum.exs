defmodule M do
  def f(l), do: Enum.mapp(l, & &1)
  def g(l), do: Enum.sum(l, 1)
end
IO.puts("compiled")
