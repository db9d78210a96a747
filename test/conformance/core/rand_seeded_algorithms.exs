# :rand with an explicit seed gives the BEAM's numbers: every algorithm, every seed form, integers
# in small and huge ranges, floats, uniform_real and bytes, and the state a seed produces
import Bitwise

for alg <- [:exsss, :exsp, :exsplus, :exrop, :exs1024, :exs1024s, :exs64] do
  for seed <- [{1, 2, 3}, {0, 0, 0}, {-5, 123456789012345678901, 7}, 17, [99]] do
    state = :rand.seed(alg, seed)
    IO.inspect({alg, seed, elem(state, 1)}, limit: 6)
    ints = for n <- [1, 2, 10, 1000, 1 <<< 58, (1 <<< 60) + 3, 1 <<< 70, 12345678901234567890123], do: :rand.uniform(n)
    floats = for _ <- 1..4, do: :rand.uniform()
    reals = for _ <- 1..4, do: :rand.uniform_real()
    IO.inspect({ints, floats, reals, :rand.bytes(13), :rand.bytes(7)}, limit: :infinity)
  end
end

# thousands of draws reach the rarer paths (uniform_real's extra words, rejected range draws)
for alg <- [:exsss, :exsplus, :exs1024, :exs1024s, :exrop] do
  :rand.seed(alg, {9, 8, 7})
  xs = for _ <- 1..5000, do: :rand.uniform_real()
  ys = for n <- 1..2000, do: :rand.uniform(n * 7919)
  IO.inspect({alg, Enum.sum(xs), Enum.min(xs), Enum.sum(ys)})
end
