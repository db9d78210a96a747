# String.normalize/2 and String.equivalent?/2 on binaries past 64 KB (normalized in chunks that let
# other processes run) give Elixir's answers: compositions, reorderings and compatibility mappings
# across chunk ends, long runs of combining marks, Hangul jamo, text without ASCII, invalid bytes
show = fn name, s ->
  IO.puts("#{name}: #{byte_size(s)} bytes")
  for form <- [:nfc, :nfd, :nfkc, :nfkd] do
    r = String.normalize(s, form)
    IO.puts("  #{form}: #{byte_size(r)} #{:erlang.phash2(r)} #{inspect(binary_part(r, byte_size(r) - 12, 12))}")
  end
  d = String.normalize(s, :nfd)
  c = String.normalize(s, :nfc)
  IO.puts("  equivalent? nfd #{String.equivalent?(s, d)} nfc #{String.equivalent?(c, s)} other #{String.equivalent?(s, s <> "x")}")
end

show.("ascii", String.duplicate("abcdefghij", 8_000))
show.("composed", String.duplicate("aéöñ ", 20_000))
show.("decomposed", String.duplicate("e\u0301o\u0308x", 20_000))
show.("reordered", String.duplicate("a\u0323\u0307\u0301q\u0307\u0323", 12_000))
show.("no ascii", String.duplicate("日本語ｶﾞﾊﾟé", 8_000))
show.("halfwidth voicing", String.duplicate("ｶ\uFF9Eｶﾞ", 15_000))
show.("jamo", String.duplicate("\u1100\u1161\u11A8\uAC00\u11A8", 10_000))
show.("compat", String.duplicate("ﬁ①²Ⅻ㍿", 6_000))
show.("long marks", "a" <> String.duplicate("\u0301\u0323", 40_000) <> "b")
show.("greek", String.duplicate("ἀ\u0345ω\u0342\u0345", 12_000))
show.("invalid", String.duplicate("e\u0301", 15_000) <> <<255>> <> "\u0301" <> String.duplicate("o\u0308", 15_000))
show.("invalid late", String.duplicate("xyz", 25_000) <> <<200, 255>> <> "e\u0301")
IO.puts(String.equivalent?(String.duplicate("é", 50_000), String.duplicate("e\u0301", 50_000)))
IO.puts(String.equivalent?(String.duplicate("é", 50_000), String.duplicate("e\u0301", 49_999) <> "e"))
