defmodule M do
 def f(a), do: a
 def f(a, b \\ 1), do: a + b
end
