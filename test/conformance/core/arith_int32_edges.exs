# Sums and differences at the edges of 32-bit integers, which compiled code adds with no test of
# the result when both operands are int32: results just past 2^31 and -2^31, past 2^32, and on to
# the edge of 53-bit integers and bignums, in hot loops and between two variables.
defmodule Edge do
  def add(x, y), do: x + y
  def sub(x, y), do: x - y
  def up(0, acc), do: acc
  def up(n, acc), do: up(n - 1, acc + 1)
  def down(0, acc), do: acc
  def down(n, acc), do: down(n - 1, acc - 1)
  def step(0, acc, _k), do: acc
  def step(n, acc, k), do: step(n - 1, acc + k, k)
end

values = [0, 1, -1, 2_147_483_647, -2_147_483_648, 2_147_483_648, -2_147_483_649, 4_294_967_295,
          -4_294_967_296, 9_007_199_254_740_991, -9_007_199_254_740_991, 18_446_744_073_709_551_616, 1.5, -0.0]

# every pair many times over, so that the functions run compiled too; the last round printed
rounds =
  for _ <- 1..12 do
    for x <- values, y <- values, do: {Edge.add(x, y), Edge.sub(x, y)}
  end

IO.puts("rounds agree: #{length(Enum.uniq(rounds)) == 1}")
for {{s, d}, i} <- Enum.with_index(List.last(rounds)), rem(i, 7) == 0, do: IO.inspect({i, s, d})

IO.inspect(Edge.up(3000, 2_147_482_647))
IO.inspect(Edge.down(3000, -2_147_482_648))
IO.inspect(Edge.step(3000, 2_147_483_000, 2_147_483_647))
IO.inspect(Edge.step(3000, -2_147_483_000, -2_147_483_648))
IO.inspect(Edge.step(3000, 9_007_199_254_740_000, 1))
IO.inspect(Edge.step(5, 1, 1.25))
