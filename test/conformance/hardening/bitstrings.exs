# Bitstrings that are not whole bytes: construction, matching, sizes, type tests and inspect.
defmodule Nibbles do
  def split(<<hi::4, lo::4>>), do: {hi, lo}
  def join(hi, lo), do: <<hi::4, lo::4>>
  def bits(<<>>), do: []
  def bits(<<b::1, rest::bitstring>>), do: [b | bits(rest)]
  def header(<<version::3, flag::1, len::size(4), payload::binary-size(len), rest::bitstring>>),
    do: {version, flag, len, payload, rest}
end

defmodule Main do
  def run do
    a = <<1::3>>
    IO.inspect(a)
    IO.inspect({bit_size(a), byte_size(a), is_bitstring(a), is_binary(a)})
    IO.inspect(<<5::3, 1::1, 2::4>>)
    IO.inspect(Nibbles.split(<<0xAB>>))
    IO.inspect(Nibbles.join(0xC, 0xD))
    IO.inspect(Nibbles.bits(<<0b10110::5>>))
    IO.inspect(Nibbles.header(<<2::3, 1::1, 3::4, "abc", 7::3>>))
    n = 6
    b = <<63::size(n)>>
    IO.inspect({b, bit_size(b)})
    <<x::size(n), y::bitstring>> = <<0xFF, 0x0F>>
    IO.inspect({x, y, bit_size(y)})
    IO.inspect(<<1::1, 0::1, 1::1, 1::1, 0::1>>)
    IO.inspect(<<97, 98, 1::2>>)
    IO.inspect(<<"ab", 3::2>>)
    IO.inspect(<<255::9>>)
    IO.inspect(<<-1::5>>)
    <<s::signed-size(5)>> = <<-3::5>>
    IO.inspect(s)
    IO.inspect(<<0x123::little-size(12)>>)
    <<l::little-size(12)>> = <<0x123::little-size(12)>>
    IO.inspect(l)
    IO.inspect(<<a::bitstring, a::bitstring, 1::2>>)
    IO.inspect(<<1::3>> == <<1::3>>, label: "equal")
    IO.inspect(<<1::3>> == <<32>>, label: "not a byte")
    IO.inspect(Enum.sort([<<1::3>>, <<32>>, <<1::2>>, <<>>, <<0::1>>]))
    IO.inspect(<<"a", 1::1>> > "a", label: "longer is greater")
    IO.inspect(is_binary(<<1::8>>), label: "8 bits is a binary")
    IO.inspect(match?(<<_::binary>>, <<1::3>>), label: "binary pattern on 3 bits")
    IO.inspect(match?(<<_::bitstring>>, <<1::3>>), label: "bitstring pattern")
    IO.inspect(for <<b::1 <- <<0b1011::4>> >>, do: b)
    IO.inspect(for <<c::4 <- <<0x12, 0x34>> >>, do: c)
    IO.inspect(:erlang.bit_size(<<1, 2, 3::3>>))
    IO.inspect(inspect(<<1::3>>, base: :hex))
    IO.inspect(%{bits: <<1::1>>})
    IO.inspect(<<0::0>>)
    try do
      IO.inspect(a <> "a")
    rescue
      e -> IO.inspect(e.__struct__)
    end
    try do
      String.length(<<1::3>>)
    rescue
      e -> IO.inspect(e.__struct__)
    end
  end
end

Main.run()
