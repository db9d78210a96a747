defmodule Placed do
  def a(q), do: 1

  def g do
    z = 2
    y
  end

  def y, do: 1
end

defmodule Placed.Two do
  def b(r), do: c
  def c, do: 1
end
