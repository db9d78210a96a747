# :zlib streams against zlib 1.2.13 byte for byte: seeded random texts deflated at levels 1 to 9 in
# random pieces with random flushes (the size and CRC of each call's output), and inflated in
# random pieces (the size of what each call gives back).
:rand.seed(:exsss, {42, 7, 2024})
words = ~w(the quick brown fox jumps over lazy dog zlib deflate inflate stream block huffman window)

text = fn n ->
  for _ <- 1..n, into: "" do
    case :rand.uniform(10) do
      1 -> :rand.bytes(:rand.uniform(6))
      2 -> String.duplicate(Enum.random(words), :rand.uniform(20))
      _ -> Enum.random(words) <> " "
    end
  end
end

pieces = fn bin ->
  Stream.unfold(bin, fn
    "" -> nil
    rest ->
      n = min(byte_size(rest), :rand.uniform(max(1, div(byte_size(rest), 3) + 1)))
      <<piece::binary-size(n), more::binary>> = rest
      {piece, more}
  end)
  |> Enum.to_list()
end

for level <- 1..9, round <- 1..3 do
  data = text.(:rand.uniform(4000) * round)
  z = :zlib.open()
  bits = Enum.random([15, -15, 31])
  :ok = :zlib.deflateInit(z, level, :deflated, bits, 8, :default)

  outs =
    for piece <- pieces.(data) do
      flush = Enum.random([:none, :none, :none, :sync, :full])
      :zlib.deflate(z, piece, flush)
    end

  last = :zlib.deflate(z, "", :finish)
  :ok = :zlib.deflateEnd(z)
  all = IO.iodata_to_binary([outs, last])
  sizes = Enum.map(outs ++ [last], &IO.iodata_length/1)
  IO.inspect({level, bits, byte_size(data), byte_size(all), :erlang.crc32(all), sizes}, limit: :infinity)

  # and back, in other pieces
  :ok = :zlib.inflateInit(z, bits)
  back = for piece <- pieces.(all), do: :zlib.inflate(z, piece)
  :ok = :zlib.inflateEnd(z)
  IO.inspect({IO.iodata_to_binary(back) == data, Enum.map(back, &IO.iodata_length/1)}, limit: :infinity)
  :zlib.close(z)
end

# one-shot output equals a stream's at the default level
data = text.(3000)
z = :zlib.open()
:zlib.deflateInit(z)
IO.inspect(IO.iodata_to_binary(:zlib.deflate(z, data, :finish)) == :zlib.compress(data))
