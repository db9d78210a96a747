defmodule Packet do
  @moduledoc "A small TLV-over-frames protocol: magic, version, flags, length, payload, crc."
  import Bitwise

  @magic 0xCAFE
  defstruct [:version, :flags, :type, :seq, :fields, :crc_ok]

  def encode(type, seq, fields, opts \\ []) do
    payload = for {tag, value} <- fields, into: <<>>, do: tlv(tag, value)
    flags = if(opts[:urgent], do: 0b1000_0000, else: 0) ||| if(opts[:ack], do: 0b0100_0000, else: 0)
    header = <<@magic::16, 1::4, type::4, flags::8, seq::32-little, byte_size(payload)::16>>
    body = header <> payload
    body <> <<:erlang.crc32(body)::32>>
  end

  defp tlv(:name, s) when is_binary(s), do: <<1, byte_size(s)::8, s::binary>>
  defp tlv(:temp, t) when is_float(t), do: <<2, 8, t::float-64>>
  defp tlv(:count, n) when is_integer(n), do: <<3, 4, n::signed-32>>
  defp tlv(:bits, bits) when is_bitstring(bits), do: <<4, 1, bit_size(bits)::4, bits::bitstring, 0::size(4 - bit_size(bits))>>

  def decode(<<@magic::16, version::4, type::4, flags::8, seq::32-little, len::16, payload::binary-size(len), crc::32, rest::binary>> = all) do
    body_size = 2 + 1 + 1 + 4 + 2 + len
    <<body::binary-size(body_size), _::binary>> = all

    with {:ok, fields} <- decode_tlvs(payload, []) do
      {:ok,
       %Packet{version: version, type: type, seq: seq, fields: fields,
               flags: for({bit, name} <- [{7, :urgent}, {6, :ack}], (flags >>> bit &&& 1) == 1, do: name),
               crc_ok: :erlang.crc32(body) == crc}, rest}
    end
  end

  def decode(<<@magic::16, _::binary>>), do: {:error, :incomplete}
  def decode(<<magic::16, _::binary>>), do: {:error, {:bad_magic, Integer.to_string(magic, 16)}}
  def decode(_), do: {:error, :incomplete}

  defp decode_tlvs(<<>>, acc), do: {:ok, Enum.reverse(acc)}
  defp decode_tlvs(<<1, n, s::binary-size(n), rest::binary>>, acc), do: decode_tlvs(rest, [{:name, s} | acc])
  defp decode_tlvs(<<2, 8, t::float-64, rest::binary>>, acc), do: decode_tlvs(rest, [{:temp, t} | acc])
  defp decode_tlvs(<<3, 4, n::signed-32, rest::binary>>, acc), do: decode_tlvs(rest, [{:count, n} | acc])
  defp decode_tlvs(<<4, 1, size::4, rest::bitstring>>, acc) do
    <<bits::bitstring-size(size), _pad::size(4 - size), rest::binary>> = rest
    decode_tlvs(rest, [{:bits, bits} | acc])
  end
  defp decode_tlvs(<<tag, _::binary>>, _), do: {:error, {:unknown_tag, tag}}

  def decode_all(bin), do: decode_all(bin, [])
  defp decode_all(<<>>, acc), do: {Enum.reverse(acc), <<>>}
  defp decode_all(bin, acc) do
    case decode(bin) do
      {:ok, p, rest} -> decode_all(rest, [p | acc])
      {:error, :incomplete} -> {Enum.reverse(acc), bin}
      {:error, _} = e -> {Enum.reverse([e | acc]), <<>>}
    end
  end
end

defmodule Main do
  import Bitwise
  def run do
    p1 = Packet.encode(2, 7, [name: "sensor-α", temp: -12.75, count: -3], urgent: true)
    p2 = Packet.encode(5, 0xFFFF_FFFF, [bits: <<0b101::3>>, count: 2_000_000_000], ack: true)
    IO.inspect(p1, label: "p1", limit: :infinity)
    IO.inspect(byte_size(p1), label: "size")
    IO.puts(Base.encode16(p2, case: :lower))

    {:ok, pkt, ""} = Packet.decode(p1)
    IO.inspect(pkt)
    stream = p1 <> p2 <> binary_part(p1, 0, 9)
    {pkts, leftover} = Packet.decode_all(stream)
    IO.inspect(Enum.map(pkts, &{&1.type, &1.seq, &1.flags, &1.fields, &1.crc_ok}))
    IO.inspect(leftover, label: "leftover")

    <<head::binary-size(12), b, tail::binary>> = p1
    corrupted = head <> <<bxor(b, 0xFF)>> <> tail
    IO.inspect(Packet.decode(corrupted) |> elem(1) |> Map.take([:crc_ok, :fields]))
    IO.inspect(Packet.decode(<<0xBE, 0xEF, 1, 2, 3>>))
    IO.inspect(Packet.decode(<<1>>))
    IO.inspect(Packet.decode(Packet.encode(1, 1, []) |> binary_part(0, 10) |> Kernel.<>(<<0, 0, 0, 0>>)))

    # misc bit syntax
    <<a::3, b2::5, c::binary>> = <<0b1110_0101, "xy">>
    IO.inspect({a, b2, c})
    IO.inspect(<<1::1, 0::1, 1::1>>)
    IO.inspect(for <<x::4 <- <<0xA5, 0x3C>> >>, do: x)
    IO.inspect(for <<r::8, g::8, bl::8 <- <<255, 0, 128, 10, 20, 30>> >>, do: {r, g, bl})
    IO.inspect(<<-1::16-signed-big>>)
    IO.inspect(<<258::16-little>>)
    <<f::float-32>> = <<1.5::float-32>>
    IO.inspect(f)
    IO.inspect(<<"héllo"::utf8, 0x1F600::utf8>> |> String.codepoints())
    IO.inspect(for <<c::utf16 <- <<"hi"::utf16>> >>, do: c)
    IO.inspect(:binary.decode_unsigned(<<1, 0, 0>>), label: "decode_unsigned")
    IO.inspect(:binary.encode_unsigned(65536, :little))
    IO.inspect(bit_size(<<1::3, 2::7>>))
    IO.inspect(:erlang.crc32("hello"), label: "crc32")
    IO.inspect(:erlang.adler32("hello"), label: "adler32")
    IO.inspect(:crypto.hash(:sha256, "abc") |> Base.encode16() |> binary_part(0, 16))
    IO.inspect(Base.decode64("aGVsbG8="))
    IO.inspect(Base.url_encode64(<<251, 255>>, padding: false))
  end
end

Main.run()
