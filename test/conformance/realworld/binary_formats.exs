defmodule PNG do
  @signature <<137, 80, 78, 71, 13, 10, 26, 10>>

  def chunks(<<@signature, rest::binary>>), do: {:ok, read_chunks(rest, [])}
  def chunks(_), do: {:error, :not_png}

  defp read_chunks(<<len::32, type::binary-4, data::binary-size(len), crc::32, rest::binary>>, acc) do
    ok = :erlang.crc32(type <> data) == crc
    read_chunks(rest, [{type, len, ok, decode(type, data)} | acc])
  end
  defp read_chunks(<<>>, acc), do: Enum.reverse(acc)
  defp read_chunks(trailing, acc), do: Enum.reverse([{:trailing, byte_size(trailing)} | acc])

  defp decode("IHDR", <<w::32, h::32, depth, color, _c, _f, interlace>>),
    do: %{width: w, height: h, depth: depth, color: color, interlace: interlace == 1}
  defp decode("tEXt", data) do
    [k, v] = :binary.split(data, <<0>>)
    {k, v}
  end
  defp decode(_, data), do: byte_size(data)

  def chunk(type, data), do: <<byte_size(data)::32, type::binary, data::binary, :erlang.crc32(type <> data)::32>>

  def build do
    @signature <>
      chunk("IHDR", <<640::32, 480::32, 8, 6, 0, 0, 0>>) <>
      chunk("tEXt", "Author" <> <<0>> <> "beam") <>
      chunk("IDAT", :binary.copy(<<0xAB>>, 17)) <> chunk("IEND", "")
  end
end

defmodule IPv4 do
  def parse(<<4::4, ihl::4, _dscp::6, _ecn::2, total::16, id::16, flags::3, frag::13, ttl, proto,
              checksum::16, src::binary-4, dst::binary-4, rest::binary>>) do
    opts_len = (ihl - 5) * 4
    <<_opts::binary-size(opts_len), payload::binary>> = rest
    %{len: total, id: id, df: Bitwise.band(flags, 0b010) != 0, frag: frag, ttl: ttl,
      proto: proto(proto), checksum: checksum, src: ip(src), dst: ip(dst), payload: payload}
  end

  defp ip(<<a, b, c, d>>), do: Enum.join([a, b, c, d], ".")
  defp proto(6), do: :tcp
  defp proto(17), do: :udp
  defp proto(n), do: n
end

defmodule Varint do
  import Bitwise
  def encode(n) when n < 128, do: <<n>>
  def encode(n), do: <<1::1, band(n, 127)::7, encode(n >>> 7)::binary>>

  def decode(bin), do: decode(bin, 0, 0)
  defp decode(<<0::1, b::7, rest::binary>>, shift, acc), do: {acc ||| (b <<< shift), rest}
  defp decode(<<1::1, b::7, rest::binary>>, shift, acc), do: decode(rest, shift + 7, acc ||| (b <<< shift))

  def zigzag(n) when n >= 0, do: n * 2
  def zigzag(n), do: -n * 2 - 1
end

{:ok, chunks} = PNG.chunks(PNG.build())
Enum.each(chunks, &IO.inspect/1)
IO.inspect(PNG.chunks("GIF89a"))
corrupted = PNG.build() |> :binary.bin_to_list() |> List.update_at(40, &(&1 + 1)) |> :binary.list_to_bin()
{:ok, c2} = PNG.chunks(corrupted <> <<1, 2, 3>>)
IO.inspect(Enum.map(c2, fn t -> elem(t, 0) end), label: "types")
IO.inspect(Enum.map(c2, fn {_, _, ok, _} -> ok; other -> other end), label: "crc ok")

packet = <<0x46, 0, 0, 32, 0x1c, 0x46, 0x40, 0, 64, 17, 0xB1, 0xE6, 192, 168, 0, 1, 10, 0, 0, 99,
           1, 2, 3, 4, "hello!", 0, 0>>
IO.inspect(IPv4.parse(packet))

for n <- [0, 1, 127, 128, 300, 16_384, 2_147_483_647] do
  enc = Varint.encode(n)
  {dec, ""} = Varint.decode(enc)
  IO.puts("#{n} -> #{inspect(enc, base: :hex)} -> #{dec} zigzag(-#{n})=#{Varint.zigzag(-n)}")
end

floats = <<1.5::float-32, -2.25::float-64-little, 3::signed-16, -3::signed-16-little, 0xFFFF::16>>
<<a::float-32, b::float-64-little, c::signed-16, d::signed-little-16, e::signed-16>> = floats
IO.inspect({a, b, c, d, e})
IO.inspect(floats, label: "raw")
utf = <<"héllo"::utf16, "✓"::utf32-little>>
IO.inspect(utf)
IO.inspect(:unicode.characters_to_binary(binary_part(utf, 0, 10), {:utf16, :big}))
<<x::utf8, rest::binary>> = "€uro"
IO.inspect({x, rest, <<x::utf8>>})
IO.inspect(for(<<b::1 <- <<0b10110000>> >>, do: b), label: "bits")
IO.inspect(<<1::1, 0::1, 1::1>>, label: "3 bits")
IO.inspect(:binary.decode_unsigned(<<1, 0, 0>>), label: "decode_unsigned")
IO.inspect(:binary.encode_unsigned(65_536, :little), label: "encode_unsigned")
IO.inspect(Base.encode16(:crypto.hash(:md5, "abc"), case: :lower))
IO.inspect(:binary.matches("a,b,,c", ","), label: "matches")
