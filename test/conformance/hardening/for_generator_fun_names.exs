# A for comprehension's generator fun is named as OTP numbers it (issue 9): -f/0-fun-N- counts it
# in post-order with the fns around and inside it, so a frame in its body names the BEAM's N.
defmodule Mo do
  def st, do: (try do raise "x" rescue _ -> __STACKTRACE__ |> Enum.map(fn {_, fu, _, _} -> fu end) |> Enum.take(2) end)
  def a, do: for(f <- [:a], g <- [1, 2], g > 1, do: {f, g, st()})
  def b, do: for(f <- [:a], into: %{}, do: {f, st()})
  def c, do: for(f <- [:a], reduce: 0, do: (acc -> {acc, f, st()}))
  def f, do: for(x <- [1], y = x + 1, do: {y, fn -> x end, st()}) |> Enum.map(fn {y, _, s} -> {y, s} end)
  def g, do: {fn -> 1 end, for(x <- [1], do: {x, st()}), &(&1 + 1)} |> elem(1)
  def h, do: for(x <- [1], uniq: true, do: {x, st()})
end
IO.inspect(Mo.a())
IO.inspect(Mo.b())
IO.inspect(Mo.c())
IO.inspect(Mo.f())
IO.inspect(Mo.g())
IO.inspect(Mo.h())
IO.inspect(for x <- [1], y <- [2], do: {x, y, Mo.st()})
l = [fn -> 1 end, for(x <- [1], do: {x, Mo.st()})]
IO.inspect(tl(l))
IO.inspect(Enum.map([1], fn x -> for y <- [x], do: Mo.st() end))
IO.inspect(for x <- [1], do: (fn -> Mo.st() end).())
