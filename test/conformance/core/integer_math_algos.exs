defmodule M do
  def gcd(a, 0), do: abs(a)
  def gcd(a, b), do: gcd(b, rem(a, b))
  def lcm(a, b), do: div(abs(a * b), gcd(a, b))
  def pow_mod(_b, 0, _m), do: 1
  def pow_mod(b, e, m) when rem(e, 2) == 0, do: (h = pow_mod(b, div(e, 2), m); rem(h * h, m))
  def pow_mod(b, e, m), do: rem(b * pow_mod(b, e - 1, m), m)
  def isqrt(n), do: isqrt(n, n)
  defp isqrt(n, x) do
    y = div(x + div(n, x), 2)
    if y >= x, do: x, else: isqrt(n, y)
  end
  def perfect?(n), do: Enum.sum(for d <- 1..div(n, 2)//1, rem(n, d) == 0, do: d) == n
  def collatz_len(1), do: 1
  def collatz_len(n), do: 1 + collatz_len(if rem(n, 2) == 0, do: div(n, 2), else: 3 * n + 1)
end

IO.inspect(M.gcd(1071, 462))
IO.inspect(Enum.reduce(1..20, &M.lcm/2))
IO.inspect(M.pow_mod(2, 1000, 1_000_000_007))
IO.inspect(M.pow_mod(3, 2 ** 70, 97))
IO.inspect(M.isqrt(10 ** 40 + 12345))
IO.inspect(Enum.filter(2..10_000, &M.perfect?/1))
IO.inspect(Enum.max_by(1..10_000, &M.collatz_len/1))
IO.inspect(Integer.digits(2 ** 100) |> Enum.sum())
