defmodule PNG do
  @sig <<137, 80, 78, 71, 13, 10, 26, 10>>

  def build(width, height) do
    ihdr = <<width::32, height::32, 8, 2, 0, 0, 0>>
    idat = :zlib.compress(:binary.copy(<<0, 255, 0, 0>>, height))
    @sig <> chunk("IHDR", ihdr) <> chunk("tEXt", "Author\0beamlet") <> chunk("IDAT", idat) <> chunk("IEND", <<>>)
  end

  defp chunk(type, data), do: <<byte_size(data)::32, type::binary, data::binary, :erlang.crc32(type <> data)::32>>

  def parse(<<@sig, rest::binary>>), do: chunks(rest, [])
  def parse(_), do: {:error, :not_png}

  defp chunks(<<>>, acc), do: {:ok, Enum.reverse(acc)}
  defp chunks(<<len::32, type::binary-size(4), data::binary-size(len), crc::32, rest::binary>>, acc) do
    ok = :erlang.crc32(type <> data) == crc
    chunks(rest, [{type, len, ok, decode(type, data)} | acc])
  end
  defp chunks(other, _acc), do: {:error, {:truncated, byte_size(other)}}

  defp decode("IHDR", <<w::32, h::32, depth, color, _c, _f, _i>>), do: %{w: w, h: h, depth: depth, color: color}
  defp decode("tEXt", data), do: data |> :binary.split(<<0>>) |> List.to_tuple()
  defp decode("IDAT", data), do: byte_size(:zlib.uncompress(data))
  defp decode(_, data), do: data
end

png = PNG.build(3, 2)
IO.inspect(byte_size(png))
IO.inspect(PNG.parse(png))
IO.inspect(PNG.parse(binary_part(png, 0, 40)))
IO.inspect(PNG.parse("GIF89a"))

defmodule Varint do
  import Bitwise
  def encode(n) when n < 128, do: <<n>>
  def encode(n), do: <<1::1, n &&& 127::7, encode(n >>> 7)::binary>>
  def decode(<<0::1, n::7, rest::binary>>), do: {n, rest}
  def decode(<<1::1, n::7, rest::binary>>) do
    {m, rest} = decode(rest)
    {n + (m <<< 7), rest}
  end
end

for n <- [0, 1, 127, 128, 300, 16_384, 2_147_483_647] do
  e = Varint.encode(n)
  IO.inspect({n, e, Varint.decode(e <> "tail")})
end

bits = <<0b101::3, 0b11110000, 1::1>>
IO.inspect(bits)
IO.inspect({bit_size(bits), byte_size(bits), is_binary(bits), is_bitstring(bits)})
<<a::3, b::8, c::1>> = bits
IO.inspect({a, b, c})
IO.inspect(for <<x::1 <- <<0b10110010>> >>, do: x)
IO.inspect(for <<r::8, g::8, bl::8 <- <<255, 0, 0, 0, 255, 0, 1, 2, 3>> >>, do: {r, g, bl})
IO.inspect(for x <- [1, 2, 3], into: <<>>, do: <<x::16>>)
IO.inspect(<<-1::16-signed>>)
IO.inspect(<<1.5::float-32>>)
<<f::float-64>> = <<64, 9, 33, 251, 84, 68, 45, 24>>
IO.inspect(f)
IO.inspect(<<258::16-little>>)
<<x::16-little-unsigned, y::signed-8>> = <<1, 2, 200>>
IO.inspect({x, y})
IO.inspect(<<"héllo"::utf8>> |> String.codepoints())
IO.inspect(<<0x1F600::utf8>>)
IO.inspect(<<?a::utf16, ?b::utf32-little>>)
<<cp::utf8, rest::binary>> = "€uro"
IO.inspect({cp, rest})
IO.inspect(:binary.bin_to_list("abc"))
IO.inspect(:binary.matches("abcabc", "bc"))
IO.inspect(:binary.replace("a-b-c", "-", "+", [:global]))
IO.inspect(:binary.part("hello", 1, 3))
IO.inspect(:binary.decode_unsigned(<<1, 0>>))
IO.inspect(:binary.encode_unsigned(65_536))
IO.inspect(:binary.longest_common_prefix(["interstellar", "internet", "interval"]))
IO.inspect(Base.encode16(<<222, 173, 190, 239>>, case: :lower))
IO.inspect(Base.decode64("aGVsbG8="))
IO.inspect(Base.url_encode64(<<251, 255>>, padding: false))
IO.inspect(:crypto.hash(:sha256, "abc") |> Base.encode16() |> binary_part(0, 16))
IO.inspect(:erlang.md5("x") |> byte_size())
IO.inspect(:erlang.term_to_binary({:ok, [1, 2]}) |> :erlang.binary_to_term())
IO.inspect(:erlang.term_to_binary(:a))
IO.inspect(String.valid?(<<0xFF>>))
IO.inspect(inspect(<<0xFF, ?a>>))
IO.inspect(:erlang.list_to_bitstring([<<1>>, [<<2::4>>]]))
IO.inspect(:erlang.iolist_size(["ab", ?c, ["de"]]))
IO.inspect(IO.iodata_length([<<1, 2>>, 3]))
