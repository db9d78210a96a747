defmodule PNG do
  @sig <<137, 80, 78, 71, 13, 10, 26, 10>>
  def parse(<<@sig, rest::binary>>), do: chunks(rest, [])
  def parse(_), do: {:error, :not_png}
  defp chunks(<<len::32, type::binary-size(4), data::binary-size(len), crc::32, rest::binary>>, acc) do
    chunks(rest, [{type, byte_size(data), crc} | acc])
  end
  defp chunks(<<>>, acc), do: {:ok, Enum.reverse(acc)}
  defp chunks(other, _), do: {:error, {:trailing, byte_size(other)}}
end
ihdr = <<1::32, 2::32, 8, 6, 0, 0, 0>>
png = <<137, 80, 78, 71, 13, 10, 26, 10, byte_size(ihdr)::32, "IHDR", ihdr::binary, 0xDEADBEEF::32, 0::32, "IEND", 0xAE426082::32>>
IO.inspect(PNG.parse(png))
IO.inspect(PNG.parse("hello"))
IO.inspect(PNG.parse(png <> "x"))
<<a::4, b::4, c::little-16, d::signed-8, rest::bits>> = <<0xAB, 1, 2, 255, 7::3>>
IO.inspect({a, b, c, d, rest})
IO.inspect(for <<x::8 <- "abc">>, do: x + 1)
IO.inspect(for <<r::5, g::6, b::5 <- <<0xFFFF::16, 0x1234::16>> >>, do: {r, g, b})
IO.inspect(<<1.5::float-32>>)
<<f::float-64>> = <<64, 9, 33, 251, 84, 68, 45, 24>>
IO.inspect(f)
IO.inspect(:binary.split("a,b,,c", ",", [:global]))
IO.inspect(:binary.matches("abcabc", "bc"))
IO.inspect(Base.encode16(<<1, 2, 255>>, case: :lower))
IO.inspect(Base.decode64("aGVsbG8="))
IO.inspect(Base.url_encode64(<<255, 254, 253>>, padding: false))
IO.inspect(:crypto.hash(:sha256, "abc") |> Base.encode16())
IO.inspect(:erlang.crc32("hello"))
IO.inspect(:erlang.md5("x") |> Base.encode16(case: :lower))
IO.inspect(String.to_charlist("héllo"))
IO.inspect(:unicode.characters_to_binary([104, 233]))
IO.inspect(<<"héllo"::utf8>> |> byte_size)
IO.inspect(for <<c::utf8 <- "héllo">>, do: c)
IO.inspect(:erlang.term_to_binary({:a, 1, "b"}) |> :erlang.binary_to_term())
IO.inspect(:erlang.term_to_binary([1,2,3]))
IO.inspect(Bitwise.band(0xFF, 0x0F))
defmodule AttrSegments do
  @magic <<0xCA, 0xFE, "BA", -1>>
  @ratio 1.5
  @name "bm"
  def tag(<<@magic, rest::binary>>), do: {:magic, rest}
  def tag(<<@name, n::8>>), do: {:name, n}
  def tag(<<@ratio, rest::binary>>), do: {:ratio, rest}
  def tag(other), do: {:other, other}
  def build(x), do: <<@magic, @ratio, @name, x>>
end
IO.inspect(AttrSegments.build(7))
IO.inspect(AttrSegments.tag(AttrSegments.build(7)))
IO.inspect(AttrSegments.tag("bm" <> <<9>>))
IO.inspect(AttrSegments.tag(<<1.5::float, 1>>))
IO.inspect(AttrSegments.tag(<<1, 2>>))
