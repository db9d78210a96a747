# Elixir 1.14's type checker: a variable typed by a guard (or by `x = literal`) given to a binary
# segment of another type is "incompatible types". A segment is an integer unless said otherwise
# (then with a HINT), a float takes integer() | float(), utf8/16/32 integer() | binary(),
# binary/bytes/bitstring/bits binary(); the segment is printed expanded, with `...` around it
defmodule BinSegments do
  def concat_left(x) when is_integer(x) or is_float(x), do: x <> ""
  def concat_right(x) when is_atom(x), do: "a" <> x
  def concat_middle(x) when is_pid(x), do: "a" <> x <> "b"
  def concat_nested(x) when is_port(x), do: ("a" <> x) <> "b"
  def only(x) when is_integer(x), do: <<x::binary>>
  def middle(x) when is_integer(x), do: <<1, x::bytes, 2>>
  def default_integer(x) when is_binary(x), do: <<x>>
  def integer_size(x) when is_atom(x), do: <<x::size(8)>>
  def shorthand(x) when is_atom(x), do: <<x::8, 0>>
  def modifiers(x) when is_atom(x), do: <<x::little-signed-integer-size(8)-unit(1)>>
  def sign_first(x) when is_atom(x), do: <<x::signed-little-size(16)>>
  def float(x) when is_binary(x), do: <<x::big-float-size(32)>>
  def utf(x) when is_float(x), do: <<x::utf16>>
  def bits(x) when is_tuple(x), do: <<x::bits>>
  def unit_first(x) when is_reference(x), do: <<x::unit(8)-binary-size(2)>>
  def number(x) when is_number(x), do: <<x::utf8>>
  def boolean(x) when is_boolean(x), do: <<x::bitstring>>
  def list(x) when is_list(x), do: <<x::binary>>
  def fun(x) when is_function(x), do: <<x::binary>>
  def bitstring(x) when is_bitstring(x), do: <<x::integer>>
  def union_part(x) when is_binary(x) or is_integer(x), do: x <> "a"
  def ranged(x) when is_integer(x) and x > 0, do: <<"a", x::binary>>
  def second_var(x, y) when is_integer(x) and is_atom(y), do: y <> x
  def after_call(x) when is_integer(x) do
    _ = x + 1
    <<x::binary>>
  end
  def nested(x) when is_integer(x), do: <<(<<x::binary>>)::binary>>
  def lines(x) when is_integer(x) do
    "a" <>
      x <>
      "b"
  end
  def segment_line(x) when is_atom(x) do
    <<1,
      x::binary>>
  end
  def literal_int do
    x = 1
    <<x::binary>>
  end
  def literal_atom do
    x = :a
    "a" <> x
  end
  def literal_list do
    x = [1]
    "a" <> x
  end
  def literal_tuple do
    x = {1}
    <<x>>
  end
  def literal_map do
    x = %{a: 1}
    <<x>>
  end
  def literal_float do
    x = 1.0
    <<x>>
  end
  def literal_string do
    x = "s"
    <<x::float>>
  end
  def size_used(x, n) when is_atom(x) and is_integer(n), do: <<x::binary-size(n)>>
end
IO.puts("ok")
