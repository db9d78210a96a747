defmodule Bits do
  use Bitwise

  def mask(x), do: x &&& 0xFF ||| 0x100
  def shift(x), do: (x <<< 2) >>> 1
  def flip(x), do: ~~~x
  def toggle(x), do: x ^^^ 1
  def me, do: self
  def where, do: node
  def ref, do: make_ref
  def chars(x), do: to_char_list(x)
end

IO.inspect(Bits.mask(0x1234))
IO.inspect(Bits.shift(5))
IO.inspect(Bits.flip(5))
IO.inspect(Bits.toggle(6))
IO.inspect(Bits.me() == self())
IO.inspect(Bits.where() == node())
IO.inspect(is_reference(Bits.ref()))
IO.inspect(Bits.chars(:abc))
IO.inspect(Bits.chars(123))
IO.inspect(to_char_list("top level"))
IO.inspect(is_pid(self))
