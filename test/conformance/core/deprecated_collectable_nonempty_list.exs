# collecting into a non-empty list still works in 1.14, with a deprecation warning at run time
defmodule M do
  def f(x), do: Enum.into(x, [0])
end
IO.inspect M.f([1, 2])
IO.inspect Enum.into([3], [1])
IO.puts "end"
