# OTP warns about a call that will fail only in the case clauses its compiler looks at: a constant
# condition drops the branches it rules out (and, &&, if, unless, cond, case on a literal), while a
# clause whose guard turns out false is still looked at (||, if on a plain variable).
defmodule R do
  require Record

  def record?(), do: (x = :x; Record.is_record(x))
end

IO.inspect(R.record?())
x = :x
IO.inspect(is_tuple(x) and elem(x, 0))
y = :y
IO.inspect(is_tuple(y) && elem(y, 0))
z = :z
IO.inspect(not is_tuple(z) or elem(z, 0))
a = :a
IO.inspect(if is_tuple(a), do: elem(a, 0), else: :no)
b = :b
IO.inspect(if is_atom(b), do: :yes, else: elem(b, 0))
c = :c
IO.inspect(unless is_atom(c), do: elem(c, 0))
d = :d
IO.inspect(case d do
  t when is_tuple(t) -> elem(t, 0)
  _ -> :other
end)
e = :e
IO.inspect(is_atom(e) || elem(e, 0))
f = :f
IO.inspect(cond do
  is_tuple(f) -> elem(f, 0)
  true -> :cond
end)
g = :g
IO.inspect(false and elem(g, 0))
h = :h
IO.inspect(is_tuple(h) and tuple_size(h) > 0 and elem(h, 0) == 1)
i = :i
IO.inspect(case i do
  :i -> :hit
  _ -> elem(i, 0)
end)
k = :k
IO.inspect(case k do
  :other -> elem(k, 0)
  _ -> :k
end)
v = :v
IO.inspect(if v, do: :ok, else: elem(v, 0))
n = nil
IO.inspect(if n, do: elem(n, 0), else: :ok)
tr = true
IO.inspect(if tr, do: :ok, else: elem(tr, 0))
c1 = :c1
IO.inspect(cond do
  c1 -> :first
  true -> elem(c1, 0)
end)
c2 = nil
IO.inspect(cond do
  c2 -> elem(c2, 0)
  true -> :second
end)
c3 = :c3
IO.inspect(cond do
  is_atom(c3) -> :third
  true -> elem(c3, 0)
end)
nn = nil
IO.inspect(nn && elem(nn, 0))
eq = 1
IO.inspect(if eq == 1, do: :one, else: elem(eq, 0))
mod = 5
IO.inspect(try do mod.f() rescue _ -> :rescued end)
