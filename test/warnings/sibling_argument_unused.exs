# A variable bound in one argument of a call (an element of a tuple, list ...) is not seen by the
# ones beside it: when nothing after the call reads it, it is unused, and the outer variable of
# the same name they read is used. What a generator's enumerable or a with clause's right side
# binds is seen by nothing after it.
defmodule Sums do
  def shifted(x) do
    {x = x + 1, x}
  end

  def listed(n) do
    [n = n * 2, n]
  end

  def generated(ys) do
    for y <- (zs = ys), do: y * 2
  end

  def checked(map) do
    with {:ok, v} <- (found = Map.fetch(map, :a)), do: v
  end

  def both(a) do
    result = {a = a + 1, a = a + 2}
    {result, a}
  end
end

IO.inspect({Sums.shifted(1), Sums.listed(2), Sums.generated([1]), Sums.checked(%{a: 1}), Sums.both(0)})
