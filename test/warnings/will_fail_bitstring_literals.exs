# OTP's compiler builds a bitstring whose segments are all constants at compile time: a pure BIF
# given one (or a string with "\xff" bytes) is evaluated and warned about when it will fail;
# segments it cannot know (a variable, an unknown size) leave the call for run time
defmodule Bits do
  def a, do: :erlang.binary_to_atom(<<255>>)
  def b, do: hd(<<1, 2>>)
  def c, do: binary_part(<<1, 2, 3>>, 2, 5)
  def d, do: String.to_integer(<<"12", 0>>)
  def e, do: :erlang.binary_to_atom(<<"ok", 255::8>>)
  def f, do: :erlang.binary_to_atom(<<"é"::utf8, 0xFF>>)
  def g, do: :erlang.binary_to_atom(<<1::4, 255::4>>)
  def h, do: byte_size(<<1::4>>) + :a
  def i, do: :erlang.binary_to_atom(<<-1>>)
  def j, do: :erlang.binary_to_atom(<<255::16-little>>)
  def k, do: :erlang.binary_to_atom(<<1.5::float>>)
  def l, do: :erlang.binary_to_atom(<<"x"::binary, "\xff"::binary>>)
  def m, do: String.to_atom(<<?a, 300>>)
  def n, do: :erlang.list_to_atom(<<1>>)
  def o, do: elem(<<>>, 0)
  def p, do: :erlang.binary_to_atom(<<0xFF::size(8)>>)
  def q, do: :erlang.binary_to_atom(<<"x"::utf16>>)
  def r, do: :erlang.binary_to_integer(<<"1", "x">>)
  def s, do: byte_size("\xff") + :b
  def t, do: :erlang.binary_to_atom("a\xff")
  def u(x), do: :erlang.binary_to_atom(<<x, 255>>)
  def v(n), do: :erlang.binary_to_atom(<<255::size(n)>>)
  def w, do: :erlang.binary_to_atom(<<?a::utf16, "b">>)
  def x, do: tuple_size(<<1, <<2, 3>>::binary, <<1::1>>::bitstring>>)
end

IO.inspect({Bits.g(), Bits.m(), Bits.q()})
IO.inspect(try do: :erlang.binary_to_atom(<<255>>), rescue: (e in ArgumentError -> e.message))
