defmodule S do
  defstruct a: 1, b: nil, c: []
end

defmodule G do
  def d1(<<x::4, _y::4>>) when not bit_size(x) == 4, do: 1
  def d2(<<x, _::binary>>) when x <> "" == "a", do: 2
  def d3('ab' ++ x) when is_list(x) and is_bitstring(x), do: 3
  def d4("a" <> x) when is_struct(x, S), do: 4
  def d5(%S{} = x) when is_number(x) or is_exception(x), do: 5
  def d6({_, _, _} = x) when ceil(x) == 2, do: 6
  def d7(%S{a: x}) when Bitwise.band(x, 1) == 1 and is_binary(x), do: 7
  def d8(%{__struct__: _} = x) when trunc(x) == 1, do: 8
  def d9(x) when x in 3..1 and is_atom(x), do: 9
  def e1(x) when x in [1, 2, 3] and is_list(x), do: 10
  def e2(<<x::4, _::4>>) when x or (true and x in 1..10//3), do: 11
  def e3(x) when is_nil(x) or is_tuple(x) and Bitwise.band(x, 1) == 1, do: 12
  def e4(x) when is_integer(x) when is_atom(x) when is_binary(x) and x > 1 and length(x) > 0, do: 13
  def e5(x, y) when x == y and is_atom(x) and hd(y) == 1, do: 14
  def e6(%S{} = x) when abs(x) > 1, do: 15
  def e7([x | _]) when is_map(x) and map_size(x) > 0 and tuple_size(x) == 1, do: 16
  def e8(x) when is_struct(x) and is_list(x), do: 17
  def e9(x) when x.a and is_integer(x), do: 18
end

defmodule NoWarning do
  def a(x) when is_integer(x) or is_atom(x), do: 1
  def b(%S{a: a}) when is_integer(a), do: 2
  def c([h | t]) when is_integer(h) and is_list(t), do: 3
  def d(x) when x in 1..3 or x in [:a, :b], do: 4
  def e(<<x::binary-size(2), rest::binary>>) when byte_size(rest) > x, do: 5
  def f(x) when map_size(x) > 0 and is_map_key(x, :a), do: 6
  def g({a, b} = t) when tuple_size(t) == 2 and a > b, do: 7
  def h(x) when is_struct(x, S) or is_exception(x), do: 8
  def i(x) when not is_nil(x) and elem(x, 1) == :ok, do: 9
  def j(x) when is_number(x) and abs(x) > 1 and round(x) == 2, do: 10
end
