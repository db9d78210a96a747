defmodule B do
  def f(x) do
    y = x * 2
    y
    x
  end
  def g do
    "literal"
    :atom
    42
  end
end
IO.inspect(B.f(2))
