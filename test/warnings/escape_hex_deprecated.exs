IO.inspect(:"foo")
IO.puts "start"
y = 1
IO.inspect(~s(a\x{41}))
IO.inspect("b\x{42}")
defmodule M do
  def f(z), do: ~c(\x{43})
  def g, do: ~w(\x{44}\x4)
end
IO.inspect({M.f(1), M.g()})
IO.inspect("c\x4g")
