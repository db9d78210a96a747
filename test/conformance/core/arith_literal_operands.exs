# Arithmetic and comparisons with a small integer literal on the right (`n - 1`, `i < 10`), which
# compiled code tests on one side only: results at the edge of 53-bit integers that go on as
# bignums, floats and bignums on the left, -0.0, and the errors of non-numbers.
defmodule Lit do
  def add1(x), do: x + 1
  def sub1(x), do: x - 1
  def add_neg(x), do: x + -3
  def sub_neg(x), do: x - -3
  def add0(x), do: x + 0
  def cmp(x), do: {x < 10, x <= 10, x > 10, x >= 10, x == 10, x != 10, x === 10, x !== 10}
  def cmp_neg(x), do: {x < -1, x >= -1, x == -1, x === -1}
  def count(0, acc), do: acc
  def count(n, acc), do: count(n - 1, acc + 2)

  def show(name, f) do
    r =
      try do
        {:ok, f.()}
      rescue
        e -> {:error, e.__struct__}
      end

    IO.puts("#{name}: #{inspect(r)}")
  end
end

values = [0, 1, -1, 9, 10, 11, 9_007_199_254_740_990, 9_007_199_254_740_991, 9_007_199_254_740_992,
          -9_007_199_254_740_990, -9_007_199_254_740_991, -9_007_199_254_740_992,
          36_893_488_147_419_103_232, 10.0, 9.5, -0.0, 0.0, -1.0, :a, "10", [10]]

for x <- values do
  for {name, f} <- [add1: &Lit.add1/1, sub1: &Lit.sub1/1, add_neg: &Lit.add_neg/1, sub_neg: &Lit.sub_neg/1,
                    add0: &Lit.add0/1, cmp: &Lit.cmp/1, cmp_neg: &Lit.cmp_neg/1] do
    Lit.show("#{name} #{inspect(x)}", fn -> f.(x) end)
  end
end

IO.inspect(Lit.count(100_000, 9_007_199_254_540_995))
IO.inspect(Lit.count(100_000, -9_007_199_254_940_991))
IO.inspect(Lit.count(3, 1.5))
