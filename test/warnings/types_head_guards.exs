defmodule F do
  def a1(x = [_ | _]) when is_integer(x), do: 1
  def a2(%_{} = x) when is_binary(x), do: 2
  def a3(x = [_ | _]) when x != nil and rem(x, 2) == 1, do: 3
  def a4({_, _, _} = x) when map_size(x) > 0, do: 4
  def a5(%{a: 1} = x) when trunc(x) > 0, do: 5
  def a6([_] = x) when bit_size(x) > 0, do: 6
  def a7("a" <> _ = x) when div(x, 2) > 0, do: 7
  def a8(x) when is_atom(x) and is_integer(x), do: 8
  def a9(x) when x in 1..3 and is_binary(x), do: 9
  def b1(x) when x in [:a, :b] and is_list(x), do: 10
  def b2(x) when is_nil(x) and is_tuple(x), do: 11
  def b3(<<x, _::binary>>) when is_binary(x), do: 12
  def b4(<<x::binary-size(2), _::binary>>) when is_atom(x), do: 13
  def b5(x) when tuple_size(x) == 2 and is_list(x), do: 14
  def b6(x) when elem(x, 0) == 1 and is_map(x), do: 15
  def b7(x) when is_map_key(x, :a) and is_list(x), do: 16
  def b8(x) when hd(x) == 1 and is_float(x), do: 17
  def b9(x) when x.a == 1 and is_list(x), do: 18
  def c1({:ok, x}) when is_integer(x) when is_atom(x), do: 19
  def c2(x) when (is_integer(x) or is_float(x)) and is_binary(x), do: 20
  def c3(x) when abs(x) > 1 and is_atom(x), do: 21
  def c4(1.0 = x) when is_integer(x), do: 22
  def c5(:a = x) when length(x) > 1, do: 23
  def c6(x, y) when x == y and is_atom(x) and is_integer(y), do: 24
  def c7(x) when not is_atom(x) and is_list(x) and length(x) > 1, do: 25
  def c8(x) when is_boolean(x) and x > 1 and is_integer(x), do: 26
  def c9(x) when x in 1..10//3 and is_atom(x), do: 27
  def d1(x) when x - 1 in [0, 1] and is_map(x), do: 28
  def d2(x, y) when x * y > 2 and is_list(y), do: 29
end
