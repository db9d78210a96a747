defmodule Proto do
  # TLV messages: <<type::8, len::16, payload::binary-size(len)>>
  def encode(type, payload) when is_binary(payload),
    do: <<type::8, byte_size(payload)::16, payload::binary>>

  def decode_all(<<>>), do: []
  def decode_all(<<type::8, len::16, payload::binary-size(len), rest::binary>>),
    do: [{type, payload} | decode_all(rest)]
  def decode_all(partial), do: [{:incomplete, partial}]

  def ipv4(<<a, b, c, d>>), do: "#{a}.#{b}.#{c}.#{d}"

  def header(<<version::4, ihl::4, tos::8, total::16, id::16, flags::3, frag::13, ttl, proto, csum::16, src::binary-size(4), dst::binary-size(4), _::binary>>) do
    %{version: version, ihl: ihl, tos: tos, total: total, id: id, flags: flags, frag: frag, ttl: ttl, proto: proto, csum: csum, src: ipv4(src), dst: ipv4(dst)}
  end

  def varint(<<0::1, n::7, rest::binary>>), do: {n, rest}
  def varint(<<1::1, n::7, rest::binary>>) do
    {m, rest} = varint(rest)
    {n + Bitwise.bsl(m, 7), rest}
  end
end

msgs = Proto.encode(1, "hello") <> Proto.encode(2, <<0, 255>>) <> <<3, 0, 10, "abc">>
IO.inspect(msgs)
IO.inspect(Proto.decode_all(msgs))
pkt = <<0x45, 0, 0, 60, 0x1c, 0x46, 0x40, 0, 64, 6, 0xb1, 0xe6, 192, 168, 0, 1, 10, 0, 0, 7, "data">>
IO.inspect(Proto.header(pkt))
IO.inspect(Proto.varint(<<0b10101100, 0b00000010, 99>>))
<<f::float-32, i::signed-little-32, u::unsigned-big-16>> = <<1.5::float-32, -2::little-32, 65535::16>>
IO.inspect({f, i, u})
IO.inspect(<<1::1, 0::1, 1::1>>)
IO.inspect(<<5::3, 2::5, 7::4>>)
IO.inspect(bit_size(<<1::1, 0::2>>))
<<head::bits-size(3), tail::bits>> = <<0b11100000, 1>>
IO.inspect({head, tail})
IO.inspect(for <<b::1 <- <<0xA5>> >>, do: b)
IO.inspect(for <<r::8, g::8, b::8 <- <<255, 0, 0, 0, 255, 0>> >>, do: {r, g, b})
IO.inspect(for <<c <- "hello">>, c != ?l, into: "", do: <<c - 32>>)
IO.inspect(<<"abc"::utf16>>)
IO.inspect(<<"é"::utf8, 0x1F600::utf8>>)
<<cp::utf8, rest::binary>> = "élan"
IO.inspect({cp, rest})
IO.inspect(:binary.part("hello world", 6, 5))
IO.inspect(:binary.split("a,b,,c", ",", [:global]))
IO.inspect(:binary.match("hello", "ll"))
IO.inspect(:binary.matches("abababa", "aba"))
IO.inspect(:binary.replace("a-b-c", "-", "+", [:global]))
IO.inspect(:binary.copy("ab", 3))
IO.inspect(:binary.decode_unsigned(<<1, 0>>))
IO.inspect(:binary.encode_unsigned(258))
IO.inspect(:binary.bin_to_list("abc"))
IO.inspect(:binary.first("xyz"))
IO.inspect(:binary.last("xyz"))
IO.inspect(:binary.longest_common_prefix(["foobar", "foobaz", "foo"]))
IO.inspect(Base.encode16(<<0xDE, 0xAD, 0xBE, 0xEF>>, case: :lower))
IO.inspect(Base.decode16("deadbeef", case: :mixed))
IO.inspect(Base.encode64("hello world!?"))
IO.inspect(Base.url_encode64(<<255, 254, 253>>, padding: false))
IO.inspect(Base.decode64("aGVsbG8="))
IO.inspect(Base.decode64("not base64!"))
IO.inspect(Base.encode32("foo"))
IO.inspect(Base.hex_encode32("foo", padding: false))
IO.inspect(:erlang.crc32("hello"))
IO.inspect(:erlang.adler32("hello"))
IO.inspect(:erlang.md5("abc") |> Base.encode16())
IO.inspect(:crypto.hash(:sha256, "abc") |> Base.encode16(case: :lower))
IO.inspect(:erlang.term_to_binary({:ok, [1, 2]}))
IO.inspect(:erlang.binary_to_term(:erlang.term_to_binary(%{a: "b", c: 1.5})))
IO.inspect(byte_size(:erlang.term_to_binary(String.duplicate("x", 100), [:compressed])))
IO.inspect(<<1, 2, 3>> |> :binary.bin_to_list() |> Enum.sum())
IO.inspect(String.to_charlist("ab") ++ [0])
IO.inspect(<<0::size(7)>>)
size = 2
<<a::binary-size(size), b::binary>> = "xyzw"
IO.inspect({a, b})
<<x::size(size)-unit(8), _::binary>> = <<1, 2, 3>>
IO.inspect(x)
