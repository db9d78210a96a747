# `+N` in a pattern is the literal N: a clause after one matching +N (or N) is unreachable
defmodule F do
  def f2([c: 4294967296]), do: 0
  def f2([c: +4294967296]), do: 1
  def f2([c: 4294967296]), do: 2
  def g(+1), do: 1
  def g(1), do: 2
  def k(+1.5), do: 1
  def k(1.5), do: 2

  def c(x) do
    case x do
      +1 -> :a
      1 -> :b
      {+2.5, _} -> :c
      {2.5, 3} -> :d
      _ -> :e
    end
  end
end
IO.inspect {F.f2([c: 4294967296]), F.g(1), F.k(1.5), F.c(1)}
