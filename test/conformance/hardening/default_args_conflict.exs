defmodule M do
 def f(a, b \\ 1), do: a + b
 def f(a), do: a
end
IO.puts M.f(1)
