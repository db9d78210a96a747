# :zlib's one-shot functions: the compressed bytes (digested) must be the BEAM's, and every
# round trip must give the input back.
:rand.seed(:exsss, {7, 11, 13})

texts = [
  "",
  "a",
  "hello",
  String.duplicate("a", 1000),
  String.duplicate("abc", 70_000),
  Enum.map_join(1..2000, ",", fn i -> "item#{rem(i * 7919, 1000)}" end),
  Enum.map_join(1..30_000, " ", fn i -> Enum.at(~w(the quick brown fox jumps over lazy dog), rem(i * i, 8)) end),
  :crypto.strong_rand_bytes(0) <> :binary.list_to_bin(for _ <- 1..5000, do: :rand.uniform(256) - 1),
  :binary.list_to_bin(for _ <- 1..70_000, do: Enum.random([?a, ?b, ?c, ?d, ?\n])),
  :binary.list_to_bin(for i <- 1..100_000, do: rem(div(i, 3) * 31 + :rand.uniform(3), 256)),
  :binary.list_to_bin(for _ <- 1..200_000, do: :rand.uniform(26) + 96),
  String.duplicate(:binary.list_to_bin(for _ <- 1..300, do: :rand.uniform(256) - 1), 500)
]

digest = fn bin -> Base.encode16(:erlang.md5(bin)) |> binary_part(0, 12) end

for {text, i} <- Enum.with_index(texts) do
  z = :zlib.compress(text)
  g = :zlib.gzip(text)
  r = :zlib.zip(text)
  IO.puts("#{i} #{byte_size(text)}: compress #{byte_size(z)} #{digest.(z)}, gzip #{byte_size(g)} #{digest.(g)}, zip #{byte_size(r)} #{digest.(r)}")
  true = :zlib.uncompress(z) == text
  true = :zlib.gunzip(g) == text
  true = :zlib.unzip(r) == text
end

IO.inspect(:zlib.compress("hello"))
IO.inspect(:zlib.gzip("hello"))
IO.inspect(:zlib.zip("hello, hello, hello"))
IO.inspect(:zlib.compress(["ab", ?c, ["de" | "f"]]))
IO.inspect(:zlib.gunzip(:zlib.gzip("ab") <> :zlib.gzip("cd")))
IO.inspect(:zlib.uncompress(:zlib.compress("trailing") <> "ignored"))
IO.inspect(:zlib.unzip(:zlib.zip("raw") <> <<1, 2, 3>>))
IO.inspect(:zlib.uncompress([<<120>>, [156, "KLJ"], <<6, 0, 2, 77, 1, 39>>]))
# a gzip member with a file name in its header
IO.inspect(:zlib.gunzip(<<31, 139, 8, 8, 0, 0, 0, 0, 0, 3, "name", 0, 75, 76, 74, 6, 0, 194, 65, 36, 53, 3, 0, 0, 0>>))

attempt = fn f ->
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect(e)
  end
end

attempt.(fn -> :zlib.uncompress("abc") end)
attempt.(fn -> :zlib.uncompress(binary_part(:zlib.compress("hello"), 0, 6)) end)
attempt.(fn -> :zlib.uncompress(<<120, 156, 203, 72, 205, 201, 201, 7, 0, 6, 44, 2, 22>>) end)
attempt.(fn -> :zlib.gunzip(:zlib.gzip("ab") <> "zz") end)
attempt.(fn -> :zlib.gunzip(:zlib.gzip("ab") <> <<31, 139>>) end)
attempt.(fn -> :zlib.gunzip("nope") end)
attempt.(fn -> :zlib.gunzip("") end)
attempt.(fn -> :zlib.unzip(<<1, 2, 3>>) end)
attempt.(fn -> :zlib.compress(:abc) end)
attempt.(fn -> :zlib.gzip(123) end)
attempt.(fn -> :zlib.zip([1 | 2]) end)
attempt.(fn -> :zlib.uncompress(123) end)
attempt.(fn -> :zlib.unzip(:atom) end)
