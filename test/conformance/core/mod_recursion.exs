defmodule Rec do
  def fact(0), do: 1
  def fact(n) when n > 0, do: n * fact(n - 1)

  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)

  def sum_list([]), do: 0
  def sum_list([h | t]), do: h + sum_list(t)

  def rev(l), do: rev(l, [])
  defp rev([], acc), do: acc
  defp rev([h | t], acc), do: rev(t, [h | acc])

  def ackermann(0, n), do: n + 1
  def ackermann(m, 0), do: ackermann(m - 1, 1)
  def ackermann(m, n), do: ackermann(m - 1, ackermann(m, n - 1))

  def hanoi(0, _, _, _), do: 0
  def hanoi(n, from, to, via), do: hanoi(n - 1, from, via, to) + 1 + hanoi(n - 1, via, to, from)
end

IO.inspect(Rec.fact(20))
IO.inspect(Rec.fact(50))
IO.inspect(Enum.map(0..15, &Rec.fib/1))
IO.inspect(Rec.sum_list(Enum.to_list(1..1000)))
IO.inspect(Rec.rev([1, 2, 3, 4]))
IO.inspect(Rec.ackermann(2, 3))
IO.inspect(Rec.hanoi(10, :a, :c, :b))
