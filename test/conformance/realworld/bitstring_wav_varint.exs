defmodule Wav do
  def header(channels, rate, bits, data_size) do
    byte_rate = div(rate * channels * bits, 8)
    block = div(channels * bits, 8)
    <<"RIFF", 36 + data_size::32-little, "WAVE", "fmt ", 16::32-little, 1::16-little,
      channels::16-little, rate::32-little, byte_rate::32-little, block::16-little,
      bits::16-little, "data", data_size::32-little>>
  end

  def parse(<<"RIFF", _size::32-little, "WAVE", "fmt ", 16::32-little, fmt::16-little,
              ch::16-little, rate::32-little, _br::32-little, _ba::16-little, bits::16-little,
              "data", ds::32-little, rest::binary>>) do
    {:ok, %{format: fmt, channels: ch, rate: rate, bits: bits, data: ds, rest: byte_size(rest)}}
  end
  def parse(_), do: {:error, :bad_header}
end

h = Wav.header(2, 44100, 16, 8)
IO.inspect(byte_size(h))
IO.inspect(Wav.parse(h <> <<1, 2, 3, 4, 5, 6, 7, 8>>))
IO.inspect(Wav.parse("nope"))
IO.inspect(binary_part(h, 0, 12))

defmodule Bits do
  import Bitwise
  def flags(<<a::1, b::1, c::1, rest::bitstring>>), do: {a, b, c, rest}
  def varint(n) when n < 128, do: <<n>>
  def varint(n), do: <<1::1, band(n, 127)::7, varint(n >>> 7)::binary>>
  def decode(<<0::1, n::7, rest::binary>>), do: {n, rest}
  def decode(<<1::1, n::7, rest::binary>>) do
    {m, rest} = decode(rest)
    {n + (m <<< 7), rest}
  end
end
IO.inspect(Bits.flags(<<0b10110000, 1>>))
IO.inspect(Bits.varint(300))
IO.inspect(Bits.decode(Bits.varint(300) <> "x"))
IO.inspect(<<1::3, 5::5, 7::4>>)
IO.inspect(bit_size(<<1::3, 5::5, 7::4>>))
IO.inspect(for <<c::4 <- <<0xAB, 0xCD>> >>, do: c)
IO.inspect(for <<r::8, g::8, b::8 <- <<255, 0, 0, 0, 255, 0>> >>, do: {r, g, b})
IO.inspect(<<3.5::float-32>>)
IO.inspect(<<x::float-32>> = <<64, 96, 0, 0>>)
IO.inspect(x)
IO.inspect(<<"héllo"::utf8>> == "héllo")
IO.inspect(for <<cp::utf8 <- "héllo">>, do: cp)
IO.inspect(<<0x1F600::utf8>>)
IO.inspect(<<0x1F600::utf16>>)
IO.inspect(:binary.bin_to_list(<<1, 2, 3>>))
IO.inspect(:binary.split("a,b,,c", ",", [:global]))
IO.inspect(:binary.match("hello", "ll"))
IO.inspect(:binary.matches("banana", "an"))
IO.inspect(:binary.replace("aXbXc", "X", "-", [:global]))
IO.inspect(:binary.copy("ab", 3))
IO.inspect(:binary.decode_unsigned(<<1, 0>>))
IO.inspect(:binary.encode_unsigned(256, :little))
IO.inspect(:binary.longest_common_prefix(["foobar", "foobaz"]))
IO.inspect(Base.encode16(<<255, 1>>, case: :lower))
IO.inspect(Base.decode64("aGVsbG8="))
IO.inspect(Base.url_encode64(<<255, 254, 253>>, padding: false))
IO.inspect(Base.encode32("hi"))
IO.inspect(:erlang.crc32("hello"))
IO.inspect(:crypto.hash(:sha256, "abc") |> Base.encode16() |> String.slice(0, 16))
IO.inspect(:erlang.md5("x") |> Base.encode16())
IO.inspect(<<1, 2>> <> <<3::8>>)
<<a::binary-size(2), b::binary>> = "hello"
IO.inspect({a, b})
n = 3
<<p::binary-size(n), _::binary>> = "abcdef"
IO.inspect(p)
IO.inspect(<<-1::signed-16>>)
<<s::signed-16>> = <<255, 254>>
IO.inspect(s)
IO.inspect(String.valid?(<<0xFF>>))
IO.inspect(inspect(<<0xFF, ?a>>))
IO.inspect(String.chunk(<<?a, 0xFF, ?b>>, :valid))
