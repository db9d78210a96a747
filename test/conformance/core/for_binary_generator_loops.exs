# binary generators (their loop is a fun handed itself): captured values, filters, nesting, bits, a long walk
defmodule F do
  def shift(bin, k), do: for(<<c <- bin>>, into: "", do: <<c + k>>)
  def pairs(bin, k), do: for(<<a, b <- bin>>, a > k, do: {a, b, k})
  def nested(bin, t), do: for(<<c <- bin>>, <<d <- t>>, into: "", do: <<c, d>>)
  def big(n, k), do: byte_size(for(<<c <- :binary.copy("ab", n)>>, into: "", do: <<c + k, k>>))
end
IO.inspect F.shift("abc", 1)
IO.inspect F.pairs(<<1, 2, 3, 4, 5>>, 1)
IO.inspect F.nested("ab", "xy")
IO.inspect F.big(100_000, 2)
IO.inspect(for <<c::4 <- <<0x12, 0x34>> >>, into: "", do: <<c::4>>)
