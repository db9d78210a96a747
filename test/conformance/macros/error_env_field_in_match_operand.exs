defmodule Door do
  def open?(y, z) do
    (__ENV__.line == y) = z
  end
end
