# Appends to a binary of 64 bytes or more are written in the spare room after it: a byte (any
# integer, taken modulo 256), a binary, the binary itself; an older value appended to again gets
# a copy, and no binary sharing the buffer changes
defmodule Ap do
  def bytes(acc, []), do: acc
  def bytes(acc, [b | t]), do: bytes(<<acc::binary, b>>, t)
  def bins(acc, []), do: acc
  def bins(acc, [b | t]), do: bins(acc <> b, t)
end

base = :binary.copy("x", 64)
a = Ap.bytes(base, [0, 255, 256, -1, -256, 4_294_967_297, 9_007_199_254_740_993, 65])
IO.inspect(binary_part(a, 64, 8))
b = Ap.bytes(a, ~c"bc")
c = Ap.bytes(a, ~c"yz")
IO.inspect({binary_part(b, 72, 2), binary_part(c, 72, 2), byte_size(a), byte_size(b), byte_size(c)})
d = Ap.bins(base, ["", "é", <<1, 2, 3>>, base])
IO.inspect({byte_size(d), binary_part(d, 64, 6)})
e = d <> d
IO.inspect({byte_size(e), e == :binary.copy(d, 2)})
f = <<d::binary, 7::4>>
IO.inspect({bit_size(f), binary_part(d, 64, 1)})
g = <<d::bitstring, <<1::1>>::bitstring>>
IO.inspect(bit_size(g))
h = Ap.bytes(base, Enum.to_list(1..200))
i = Ap.bytes(h, [1])
j = Ap.bytes(h, [2])
IO.inspect({:binary.last(i), :binary.last(j), byte_size(h), h == binary_part(i, 0, 264)})
for n <- [0, 1, 63, 64, 65, 1000] do
  s = Enum.reduce(1..n, "", fn k, acc -> <<acc::binary, rem(k, 256)>> end)
  IO.inspect({n, byte_size(s), :erlang.phash2(s)})
end
