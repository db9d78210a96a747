# Encoding and decoding a binary wire format with bit syntax: headers, TLVs, checksums.
defmodule Packet do
  @version 2

  def encode(type, fields) do
    payload = for {tag, value} <- fields, into: <<>>, do: tlv(tag, value)
    header = <<@version::4, type_code(type)::4, byte_size(payload)::16>>
    body = header <> payload
    body <> <<checksum(body)::8>>
  end

  defp tlv(tag, value) when is_integer(value), do: <<tag_code(tag), 4, value::signed-32>>
  defp tlv(tag, value) when is_binary(value), do: <<tag_code(tag), byte_size(value)>> <> value
  defp tlv(tag, value) when is_float(value), do: <<tag_code(tag), 8, value::float-64>>

  defp type_code(:ping), do: 1
  defp type_code(:data), do: 2
  defp tag_code(:id), do: 1
  defp tag_code(:name), do: 2
  defp tag_code(:temp), do: 3

  def checksum(bin), do: bin |> :binary.bin_to_list() |> Enum.reduce(0, &Bitwise.bxor/2)

  def decode(<<v::4, t::4, len::16, payload::binary-size(len), sum::8>> = whole) do
    body = binary_part(whole, 0, byte_size(whole) - 1)
    cond do
      v != @version -> {:error, {:version, v}}
      checksum(body) != sum -> {:error, :checksum}
      true -> {:ok, %{type: t, fields: decode_tlvs(payload, [])}}
    end
  end

  def decode(<<_::4, _::4, len::16, rest::binary>>) when byte_size(rest) < len + 1, do: {:more, len + 1 - byte_size(rest)}
  def decode(_), do: {:error, :malformed}

  defp decode_tlvs(<<>>, acc), do: Enum.reverse(acc)
  defp decode_tlvs(<<3, 8, f::float-64, rest::binary>>, acc), do: decode_tlvs(rest, [{:temp, f} | acc])
  defp decode_tlvs(<<1, 4, n::signed-32, rest::binary>>, acc), do: decode_tlvs(rest, [{:id, n} | acc])
  defp decode_tlvs(<<2, len, s::binary-size(len), rest::binary>>, acc), do: decode_tlvs(rest, [{:name, s} | acc])
end

pkt = Packet.encode(:data, id: -42, name: "sensor-é", temp: 21.5)
IO.inspect(pkt)
IO.inspect(byte_size(pkt))
IO.inspect(Packet.decode(pkt))
IO.inspect(Packet.decode(binary_part(pkt, 0, 10)))
<<head::binary-size(5), b, tail::binary>> = pkt
IO.inspect(Packet.decode(head <> <<Bitwise.bxor(b, 1)>> <> tail))
IO.inspect(Packet.decode(<<1::4, 1::4, 0::16, 16>>))
IO.inspect(Packet.decode(<<>>))
IO.inspect(Packet.encode(:ping, []) |> Base.encode16())

<<a::3, b::5, c::bits>> = <<0b10110011, 0b01>>
IO.inspect({a, b, c, bit_size(c)})
IO.inspect(for <<byte <- "AZ">>, do: byte + 1)
IO.inspect(for <<bit::1 <- <<0b10100000>> >>, do: bit)
IO.inspect(for <<r::4, g::4 <- <<0x12, 0x34>> >>, into: <<>>, do: <<g::4, r::4>>)
IO.inspect(<<1.5::float-32>> |> :binary.bin_to_list())
IO.inspect(<<0xDEADBEEF::32-little>>)
<<x::16-little-unsigned, y::16-big-signed>> = <<1, 2, 0xFF, 0xFE>>
IO.inspect({x, y})
IO.inspect(:binary.part("hello world", 6, 5))
IO.inspect({:binary.split("a,b,,c", ","), :binary.split("a,b,,c", ",", [:global, :trim_all])})
IO.inspect(:binary.encode_unsigned(65_535))
IO.inspect(:crypto.hash(:sha256, "abc") |> Base.encode16(case: :lower) |> String.slice(0, 16))
