# String.pad_leading/pad_trailing to large counts (made as bytes), multi-byte paddings cycled by grapheme
for n <- [0, 1, 3, 7, 10, 100_000, 10_000_000] do
  a = String.pad_leading("ab", n, "xé🙂")
  b = String.pad_trailing("héllo", n, "-=")
  c = String.pad_leading("x", n)
  IO.inspect({n, byte_size(a), :erlang.phash2(a), String.length(b), :erlang.phash2(b), :erlang.phash2(c)})
end
IO.inspect(String.pad_trailing("abc", 8, "12"))
IO.inspect(try do String.pad_leading("a", 3, "") rescue e -> e end)
