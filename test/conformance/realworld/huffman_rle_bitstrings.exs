defmodule Huffman do
  def build(text) do
    freqs = text |> String.graphemes() |> Enum.frequencies()
    leaves = Enum.map(freqs, fn {ch, n} -> {n, ch} end) |> Enum.sort()
    tree = combine(leaves)
    {tree, codes(tree, <<>>, %{})}
  end

  defp combine([{_, tree}]), do: tree
  defp combine([{n1, t1}, {n2, t2} | rest]) do
    combine(Enum.sort([{n1 + n2, {t1, t2}} | rest]))
  end

  defp codes({l, r}, prefix, acc) do
    acc = codes(l, <<prefix::bitstring, 0::1>>, acc)
    codes(r, <<prefix::bitstring, 1::1>>, acc)
  end
  defp codes(leaf, <<>>, acc), do: Map.put(acc, leaf, <<0::1>>)
  defp codes(leaf, prefix, acc), do: Map.put(acc, leaf, prefix)

  def encode(text, codes) do
    for g <- String.graphemes(text), into: <<>>, do: Map.fetch!(codes, g)
  end

  def decode(bits, tree), do: decode(bits, tree, tree, [])
  defp decode(<<>>, _node, _tree, acc), do: acc |> Enum.reverse() |> Enum.join()
  defp decode(<<b::1, rest::bitstring>>, {l, r}, tree, acc) do
    case if(b == 0, do: l, else: r) do
      {_, _} = node -> decode(rest, node, tree, acc)
      leaf -> decode(rest, tree, tree, [leaf | acc])
    end
  end

  def bits_to_string(bits), do: for(<<b::1 <- bits>>, into: "", do: Integer.to_string(b))
end

defmodule RLE do
  def encode(<<>>), do: <<>>
  def encode(<<c, rest::binary>>), do: run(rest, c, 1, [])

  defp run(<<c, rest::binary>>, c, n, acc) when n < 255, do: run(rest, c, n + 1, acc)
  defp run(<<c, rest::binary>>, prev, n, acc), do: run(rest, c, 1, [<<n, prev>> | acc])
  defp run(<<>>, prev, n, acc), do: IO.iodata_to_binary(Enum.reverse([<<n, prev>> | acc]))

  def decode(bin), do: for(<<n, c <- bin>>, into: <<>>, do: :binary.copy(<<c>>, n))

  def text(s) do
    s
    |> String.graphemes()
    |> Enum.chunk_by(& &1)
    |> Enum.map_join(fn [c | _] = run -> if length(run) > 1, do: "#{length(run)}#{c}", else: c end)
  end
end

text = "abracadabra alakazam"
{tree, codes} = Huffman.build(text)
codes
|> Enum.sort_by(fn {ch, code} -> {bit_size(code), ch} end)
|> Enum.each(fn {ch, code} -> IO.puts("#{inspect(ch)} -> #{Huffman.bits_to_string(code)}") end)

encoded = Huffman.encode(text, codes)
IO.inspect(bit_size(encoded), label: "encoded bits")
IO.inspect(byte_size(text) * 8, label: "raw bits")
IO.inspect(encoded)
IO.inspect(Huffman.decode(encoded, tree) == text, label: "roundtrip")

padded = <<encoded::bitstring, 0::size(8 - rem(bit_size(encoded), 8))>>
IO.inspect(padded, base: :hex)
IO.inspect(byte_size(padded), label: "bytes")

r = RLE.encode("aaaabbbcccccccccd")
IO.inspect(r, label: "rle")
IO.inspect(RLE.decode(r), label: "back")
IO.puts(RLE.text("WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"))

# bit-level header parsing
header = <<1::1, 0::1, 5::size(6), 300::size(16), -2::signed-size(8), 3.5::float-size(32)>>
<<flag::1, kind::1, len::size(6), port::size(16), delta::signed-size(8), f::float-size(32)>> = header
IO.inspect({flag, kind, len, port, delta, f})
IO.inspect(for <<x::size(4) <- <<0xAB, 0xCD>> >>, do: x)
IO.inspect(for <<x::3 <- <<0b101_110_01>> >>, do: x)
IO.inspect(<<1::3, 2::5>> == <<0b00100010>>)
IO.inspect(:binary.bin_to_list(<<1, 2, 3>>), label: "list")
IO.inspect(<<0b1010::4>>)
IO.inspect(String.duplicate("ab", 3) |> :binary.matches("b"))
n = 12
<<a::size(n), b::bitstring>> = <<255, 255, 0>>
IO.inspect({a, b})
<<_::size(n), c::size(16)>> = <<255, 255, 0>>
