# String.reverse of binaries past 64 KB (reversed in chunks that let other processes run) gives
# Elixir's result: graphemes kept whole across chunk ends (combining marks, emoji sequences, CR LF,
# long runs without ASCII), invalid bytes left where they are
hash = fn b -> Base.encode16(:crypto.hash(:md5, b)) end
show = fn name, s ->
  r = String.reverse(s)
  IO.puts("#{name}: #{byte_size(s)} -> #{byte_size(r)} #{hash.(r)} #{String.reverse(r) == s}")
end
show.("ascii", String.duplicate("abcdefghij", 20_000))
show.("latin", String.duplicate("aé", 50_000))
show.("combining", String.duplicate("e\u0301x", 40_000))
show.("emoji", String.duplicate("👩‍👩‍👧‍👦a", 10_000))
show.("no ascii", String.duplicate("日本語", 40_000))
show.("combining runs", String.duplicate("a" <> String.duplicate("\u0301", 100), 2_000))
show.("crlf", String.duplicate("ab\r\n", 50_000))
show.("newlines", String.duplicate("a\n", 70_000))
show.("flags", String.duplicate("🇫🇷🇩🇪", 20_000))
show.("invalid", String.duplicate("abc", 30_000) <> <<255>> <> String.duplicate("dé", 30_000))
show.("invalid late", String.duplicate("xyz", 60_000) <> <<200, 255>>)
show.("hangul", String.duplicate("\u1100\u1161\u11A8", 30_000))
IO.inspect(String.reverse(String.duplicate("ab", 40_000)) |> binary_part(0, 6))
