defmodule F do
  def a('x' ++ v0), do: v0
  def a('x' ++ v1), do: v1
  def b('x' ++ v0), do: v0
  def b('x'), do: 1
  def c([1 | t]), do: t
  def c([1]), do: 1
  def c([1 | t]), do: t
  def d({:a, x}), do: x
  def d({:a, 1}), do: 1
  def d({:a, y}), do: y
end
