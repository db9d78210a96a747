# `=` in the guard of match?'s pattern, in a def's if: refused while Kernel.match?/2 expands,
# whose frame is the one shown
defmodule M do
  def f(x) do
    if match?({:ok, n} when n > 0 = x, x), do: 1
  end
end
