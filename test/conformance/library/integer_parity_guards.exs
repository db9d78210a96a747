# Integer.is_odd/is_even are guards (macros): after require they work in guards, calls and captures
require Integer
IO.inspect(Integer.is_odd(3))
IO.inspect(Enum.filter(1..6, &Integer.is_even/1))
defmodule G do
  require Integer
  def f(x) when Integer.is_odd(x), do: :odd
  def f(_), do: :even
end
IO.inspect({G.f(1), G.f(2)})
IO.inspect(macro_exported?(Integer, :is_odd, 1))
IO.inspect(function_exported?(Integer, :is_odd, 1))
IO.inspect(Enum.map([-3, -2, 0, 7, 2.0, :a], &Integer.is_odd/1))
IO.inspect(Enum.map([-3, -2, 0, 7, 2.0, :a], fn x -> Integer.is_even(x) end))
IO.inspect(Integer.is_odd(2 ** 70 + 1))
