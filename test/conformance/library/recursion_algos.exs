defmodule Algo do
  def fib(n), do: fib(n, 0, 1)
  defp fib(0, a, _), do: a
  defp fib(n, a, b), do: fib(n - 1, b, a + b)
  def qsort([]), do: []
  def qsort([p | rest]), do: qsort(for x <- rest, x < p, do: x) ++ [p] ++ qsort(for x <- rest, x >= p, do: x)
  def primes(n), do: sieve(Enum.to_list(2..n))
  defp sieve([]), do: []
  defp sieve([p | xs]), do: [p | sieve(for x <- xs, rem(x, p) != 0, do: x)]
  def gcd(a, 0), do: a
  def gcd(a, b), do: gcd(b, rem(a, b))
  def permutations([]), do: [[]]
  def permutations(l), do: for x <- l, rest <- permutations(l -- [x]), do: [x | rest]
  def binary_search(tuple, target), do: bs(tuple, target, 0, tuple_size(tuple) - 1)
  defp bs(_t, _x, lo, hi) when lo > hi, do: :not_found
  defp bs(t, x, lo, hi) do
    mid = div(lo + hi, 2)
    cond do
      elem(t, mid) == x -> {:found, mid}
      elem(t, mid) < x -> bs(t, x, mid + 1, hi)
      true -> bs(t, x, lo, mid - 1)
    end
  end
  def hanoi(0, _, _, _), do: []
  def hanoi(n, from, to, via), do: hanoi(n - 1, from, via, to) ++ [{from, to}] ++ hanoi(n - 1, via, to, from)
  def flatten_deep(l), do: List.flatten(l)
  def collatz(1, steps), do: steps
  def collatz(n, steps) when rem(n, 2) == 0, do: collatz(div(n, 2), steps + 1)
  def collatz(n, steps), do: collatz(3 * n + 1, steps + 1)
end
IO.inspect Algo.fib(90)
IO.inspect Algo.qsort([5, 3, 9, 1, 5, 0, -2])
IO.inspect Algo.primes(50)
IO.inspect Algo.gcd(1071, 462)
IO.inspect Algo.permutations([1, 2, 3])
IO.inspect Algo.binary_search(List.to_tuple(Enum.to_list(0..100//5)), 35)
IO.inspect Algo.binary_search({1, 2, 3}, 7)
IO.inspect Algo.hanoi(3, :a, :c, :b) |> length()
IO.inspect Enum.max_by(1..30, &Algo.collatz(&1, 0))
IO.inspect Enum.reduce(1..20, 1, &*/2)
IO.inspect Integer.digits(Enum.reduce(1..30, 1, &*/2)) |> Enum.sum()
