# Kernel.**/2 on floats (and on an integer with a negative exponent) is :math.pow: a result past
# the largest double, or no real number at all, is an ArithmeticError, not an infinity or NaN.
defmodule Growth do
  def compound(rate, years), do: (1 + rate) ** years
end

x = 2.0
cases = [{x, 5000}, {2, -5000}, {-8.0, 0.5}, {-8.0, 1 / 3}, {0.0, -1}, {10, -400}, {1.0e300, 2},
         {2, 0.5}, {-2.0, 3}, {x, 1023}, {0.5, -1074}, {10, -3}]

for {a, b} <- cases do
  result =
    try do
      a ** b
    rescue
      e -> {e.__struct__, Exception.message(e)}
    end

  IO.puts("#{inspect(a)} ** #{inspect(b)} = #{inspect(result)}")
end

IO.inspect(Growth.compound(0.05, 10))
IO.inspect(Growth.compound(1.5, 3000))
