# `l <> r` of literals is a literal binary to OTP's compiler (Kernel's <<l::binary, r::binary>>):
# a pure BIF failing on it is warned of.
defmodule Concat do
  def a, do: String.to_atom(<<200>>)
  def b, do: String.to_atom("abc" <> <<200>>)
  def c, do: :erlang.binary_to_atom("x" <> <<255>>, :utf8)
  def d, do: String.to_atom("ok" <> "fine")
  def e, do: ("a" <> "b") + 1
  def f, do: byte_size("a" <> "bc")
end
IO.inspect({Concat.d(), Concat.f()})
