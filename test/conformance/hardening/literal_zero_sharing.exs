# OTP 25's compiler keeps one copy of literals that are equal under =:=, where 0.0 =:= -0.0: a
# compound literal differing from an earlier one of its module only in a zero's sign is that one
# (the named functions first, then the fns as OTP lifts them); a float alone, or a term inside a
# bigger literal, keeps its sign; Code.eval_string's code (erl_eval) shares nothing
defmodule Z do
  def a, do: [2, 0.0]
  def b, do: [2, -0.0]
  def c, do: {1, -0.0}
  def d, do: {1, 0.0}
  def e, do: %{a: 0.0}
  def f, do: %{a: -0.0}
  def g, do: 0.0
  def h, do: -0.0
  def i, do: {[8, -0.0], [9, 0.0]}
  def j, do: [8, 0.0]
  def k, do: fn -> [3, 0.0] end
  def l, do: fn -> [3, -0.0] end
  def m, do: {fn -> [5, 0.0] end, [5, -0.0]}
  def n, do: fn -> {[6, 0.0], fn -> [6, -0.0] end} end
  def o, do: fn -> {fn -> [7, -0.0] end, [7, 0.0]} end
  def p, do: {fn -> [4, -0.0] end, fn -> {[4, 0.0], fn -> [4, 0.0] end} end}
  def q, do: fn -> fn -> {10, -0.0} end end
  def r, do: fn -> {10, 0.0} end
  def s, do: [1.0, 2, [0.0]]
  def t, do: [1.0, 2, [-0.0]]
  def u, do: [1, 2, [-0.0]]
end

IO.inspect({Z.a(), Z.b(), Z.c(), Z.d(), Z.e(), Z.f(), Z.g(), Z.h(), Z.i(), Z.j()})
IO.inspect({Z.k().(), Z.l().(), elem(Z.m(), 0).(), elem(Z.m(), 1)})
{x, f} = Z.n().()
{g, y} = Z.o().()
{h, k} = Z.p()
{z, m} = k.()
IO.inspect({x, f.(), g.(), y, h.(), z, m.(), Z.q().().(), Z.r().()})
IO.inspect({Z.s(), Z.t(), Z.u()})
f1 = fn -> [3, -0.0] end
f2 = fn -> [3, 0.0] end
IO.inspect({f1.(), f2.(), [3, 0.0], {[11, -0.0], [11, 0.0]}})
IO.inspect(Code.eval_string("{[12, 0.0], fn -> [12, -0.0] end.()}") |> elem(0))
# a pure BIF's literal arguments are folded into its value by OTP's compiler: no literals then
g1 = fn -> [0, 2] -- [13, 0.0] end
g2 = fn -> Enum.frequencies([13, -0.0]) end
g3 = fn -> ["abc", 13] -- [13, 0.0] end
IO.inspect({g1.(), g2.(), g3.()})
