defmodule Acc do
  def len(l), do: len(l, 0)
  defp len([], n), do: n
  defp len([_ | t], n), do: len(t, n + 1)

  def max_list([h | t]), do: max_list(t, h)
  defp max_list([], m), do: m
  defp max_list([h | t], m) when h > m, do: max_list(t, h)
  defp max_list([_ | t], m), do: max_list(t, m)

  def flatten(l), do: l |> flatten([]) |> Enum.reverse()
  defp flatten([], acc), do: acc
  defp flatten([h | t], acc) when is_list(h), do: flatten(t, flatten(h, acc))
  defp flatten([h | t], acc), do: flatten(t, [h | acc])

  def range(a, b) when a > b, do: []
  def range(a, b), do: [a | range(a + 1, b)]

  def zip([], _), do: []
  def zip(_, []), do: []
  def zip([a | as], [b | bs]), do: [{a, b} | zip(as, bs)]

  def digits(0), do: [0]
  def digits(n), do: digits(n, [])
  defp digits(0, acc), do: acc
  defp digits(n, acc), do: digits(div(n, 10), [rem(n, 10) | acc])
end

IO.inspect(Acc.len(Enum.to_list(1..1000)))
IO.inspect(Acc.max_list([3, 9, 2, 11, 4]))
IO.inspect(Acc.flatten([1, [2, [3, [4, []]], 5], [[6]]]))
IO.inspect(Acc.range(3, 8))
IO.inspect(Acc.zip([1, 2, 3], [:a, :b]))
IO.inspect(Acc.digits(9_876_543_210))
IO.inspect(Acc.len(Acc.range(1, 200_000)))
