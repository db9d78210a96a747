# Arithmetic in functions hot enough to be compiled to JavaScript (called thousands of times):
# operators with a float literal (OTP adds no frame for them), a product that is integer zero
# from a negative factor (never -0.0 once made a float), overflow to infinity as ArithmeticError.
defmodule HotArith do
  def mul(a, b), do: a * b
  def zero_as_float(a, b), do: mul(a, b) * 1.0
  def step(x, v), do: {-0.5 * x - 0.01 * v, x / 2.0, x + 1.5, 2.0 - x, x * 0.5}
  def big(x), do: 1.0e308 * x
  def half(x), do: x / 2.0
  def mixed(n), do: n * 0.25 + n / 4
end

results =
  for i <- 1..3000 do
    {HotArith.zero_as_float(-1, 0), HotArith.zero_as_float(0, -i), HotArith.step(i * 1.0, i * 0.5),
     HotArith.half(i), HotArith.mixed(i)}
  end

IO.inspect(Enum.take(results, 2))
IO.inspect(List.last(results))
IO.inspect(Enum.uniq(for {z1, z2, _, _, _} <- results, do: {z1, z2}))
IO.inspect(Enum.reduce(results, 0.0, fn {_, _, {a, b, c, d, e}, h, m}, acc -> acc + a + b + c + d + e + h + m end))

for x <- [2.0, 10.0, :a] do
  try do
    IO.inspect(HotArith.big(x))
  rescue
    e -> IO.inspect(e)
  end
end

IO.inspect(for i <- 1..2000, reduce: 0.0, do: (acc -> acc + HotArith.big(i * 1.0e-300)))
