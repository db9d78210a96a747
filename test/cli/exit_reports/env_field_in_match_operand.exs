defmodule A do
  def f(y, z) do
    (__ENV__.line == y) = z
  end
end
