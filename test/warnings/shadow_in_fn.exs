defmodule M do
  def f(x) do
    g = fn x -> x + 1 end
    g.(1)
  end
end
IO.inspect(M.f(5))
