defmodule Packet do
  require Record
  Record.defrecord(:header, version: 1, type: :data, length: 0)
  Record.defrecord(:flag, [:name, on: false])

  @types %{0 => :data, 1 => :ack, 2 => :nack, 3 => :ping}
  @codes Map.new(@types, fn {k, v} -> {v, k} end)

  def encode(header(version: v, type: t), payload) do
    len = byte_size(payload)
    crc = :erlang.crc32(payload)
    <<v::4, Map.fetch!(@codes, t)::4, len::16-big, payload::binary-size(len), crc::32>>
  end

  def decode(<<v::4, t::4, len::16, payload::binary-size(len), crc::32, rest::binary>>) do
    if :erlang.crc32(payload) == crc do
      {:ok, header(version: v, type: Map.get(@types, t, :unknown), length: len), payload, rest}
    else
      {:error, :bad_crc}
    end
  end
  def decode(bin) when byte_size(bin) < 3, do: {:error, :short}
  def decode(_), do: {:error, :truncated}

  def decode_all(bin, acc \\ []) do
    case decode(bin) do
      {:ok, h, p, ""} -> Enum.reverse([{h, p} | acc])
      {:ok, h, p, rest} -> decode_all(rest, [{h, p} | acc])
      err -> {Enum.reverse(acc), err}
    end
  end

  def varint(n) when n < 128, do: <<n>>
  def varint(n), do: <<1::1, Bitwise.band(n, 127)::7, varint(Bitwise.bsr(n, 7))::binary>>

  def unvarint(<<0::1, n::7, rest::binary>>), do: {n, rest}
  def unvarint(<<1::1, n::7, rest::binary>>) do
    {m, rest} = unvarint(rest)
    {n + Bitwise.bsl(m, 7), rest}
  end
end

defmodule Main do
  import Packet

  def run do
    h = header(type: :ack)
    IO.inspect(h)
    IO.inspect(header(h, :type))
    IO.inspect(header(h, length: 9))
    IO.inspect(header(h) |> Keyword.keys())
    IO.inspect(flag(name: "x"))
    require Record
    IO.inspect(Record.is_record(h, :header))
    IO.inspect(Record.is_record({:other, 1}))
    bin = encode(h, "hello") <> encode(header(version: 2, type: :ping), <<>>) <> encode(header(), "bytes!")
    IO.inspect(bin)
    IO.inspect(byte_size(bin))
    IO.inspect(decode_all(bin))
    IO.inspect(decode_all(binary_part(bin, 0, 14)))
    <<first::binary-size(3), _::binary>> = bin
    IO.inspect(decode(first))
    corrupted = :binary.replace(bin, "hello", "jello")
    IO.inspect(decode(corrupted))
    for n <- [0, 1, 127, 128, 300, 16_384, 2_000_000_000] do
      enc = varint(n)
      {dec, ""} = unvarint(enc)
      IO.puts("#{n} -> #{inspect(enc)} -> #{dec}")
    end
    IO.inspect(<<1::1, 0::1, 1::1>>)
    IO.inspect(bit_size(<<1::3, 2::5, 3::7>>))
    IO.inspect(for <<b::1 <- <<0b10110000>> >>, do: b)
    IO.inspect(<<-1::signed-16>>)
    <<x::signed-16>> = <<255, 254>>
    IO.inspect(x)
    IO.inspect(<<3.5::float-32>>)
    <<f::float-64>> = <<64, 9, 33, 251, 84, 68, 45, 24>>
    IO.inspect(f)
    IO.inspect(<<0x1234::little-16>>)
    IO.inspect(<<"abc"::utf16>>)
    IO.inspect(:unicode.characters_to_binary("hé", :utf8, :utf16))
    <<a::binary-2, b::bits>> = <<1, 2, 3::4>>
    IO.inspect({a, b})
    IO.inspect(is_bitstring(b) and not is_binary(b))
    IO.inspect(<<1, 2>> <> <<3>>)
    IO.inspect(:binary.list_to_bin([1, [2, 3], "x"]))
    IO.inspect(Base.encode16(<<0xDE, 0xAD, 0xBE, 0xEF>>))
    IO.inspect(for <<c <- "hello">>, into: "", do: <<c + 1>>)
    IO.inspect(<<1::size(12)>>)
    IO.inspect(bin |> :erlang.binary_part(3, 5))
    size = 2
    <<head::binary-size(size), tail::binary>> = "abcdef"
    IO.inspect({head, tail})
    IO.inspect(<<"x"::binary, 0::8, "y">>)
    IO.inspect(String.valid?(<<"ok", 0xFF>>))
    IO.inspect(inspect(<<"ok", 0xFF>>))
  end
end

Main.run()
