# On OTP 25 +0.0 and -0.0 are the same pattern (they match each other): a clause of one after a
# clause of the other that always matches is never reached
defmodule Zeros do
  def a(+0.0), do: 1
  def a(-0.0), do: 2
  def b(+0.0), do: 1
  def b(-0.0) when true when false, do: 2
  def c(-0.0) when true, do: 0
  def c([_x, _y]), do: 1
  def c(+0.0) when false or true, do: 2

  def d(x) do
    case x do
      -0.0 -> :neg
      0.0 -> :pos
      _ -> :other
    end
  end

  def e({+0.0, y}), do: y
  def e({-0.0, _}), do: 2
end

IO.inspect({Zeros.d(0.0), Zeros.d(-0.0), Zeros.a(0.0)})
