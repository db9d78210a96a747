defmodule Primes do
  def sieve(n) do
    Enum.reduce(2..n, MapSet.new(2..n), fn i, set ->
      if i * i <= n and MapSet.member?(set, i) do
        Enum.reduce((i * i)..n//i, set, &MapSet.delete(&2, &1))
      else
        set
      end
    end)
    |> Enum.sort()
  end

  def prime?(n) when n < 2, do: false
  def prime?(n), do: Enum.all?(2..trunc(:math.sqrt(n))//1, &(rem(n, &1) != 0))

  def factor(n), do: factor(n, 2, [])
  defp factor(1, _, acc), do: Enum.reverse(acc)
  defp factor(n, d, acc) when d * d > n, do: Enum.reverse([n | acc])
  defp factor(n, d, acc) when rem(n, d) == 0, do: factor(div(n, d), d, [d | acc])
  defp factor(n, d, acc), do: factor(n, d + 1, acc)
end

ps = Primes.sieve(10_000)
IO.inspect(length(ps))
IO.inspect(Enum.take(ps, 15))
IO.inspect(Enum.take(ps, -3))
IO.inspect(Enum.filter(1..50, &Primes.prime?/1))
IO.inspect(Primes.factor(600_851_475_143))
IO.inspect(Primes.factor(2 ** 10 * 3 ** 5 * 97))
twins = ps |> Enum.chunk_every(2, 1, :discard) |> Enum.count(fn [a, b] -> b - a == 2 end)
IO.inspect(twins)
