# String.graphemes/1, codepoints/1, to_charlist/1 and split/1 of binaries past 64 KB (built in
# chunks that let other processes run) give Elixir's lists: graphemes kept whole across chunk
# ends (combining marks, emoji sequences, CR LF, flags, Hangul, long runs without ASCII), invalid
# bytes each a grapheme and code point of their own, Unicode whitespace splitting words and the
# non-breaking spaces not
show = fn name, s ->
  g = String.graphemes(s)
  c = String.codepoints(s)
  w = String.split(s)
  IO.puts("#{name}: #{byte_size(s)} bytes")
  IO.puts("  graphemes #{length(g)} #{:erlang.phash2(g)} #{inspect(Enum.take(g, 3))} #{inspect(Enum.take(g, -3))} #{Enum.join(g) == s}")
  IO.puts("  codepoints #{length(c)} #{:erlang.phash2(c)} #{inspect(Enum.take(c, -3))}")
  IO.puts("  split #{length(w)} #{:erlang.phash2(w)} #{inspect(Enum.map(Enum.take(w, 2), &String.slice(&1, 0, 8)))} #{inspect(Enum.map(Enum.take(w, -2), &String.slice(&1, -8, 8)))}")
  if String.valid?(s) do
    l = String.to_charlist(s)
    IO.puts("  to_charlist #{length(l)} #{:erlang.phash2(l)}")
  else
    try do
      String.to_charlist(s)
    rescue
      e in UnicodeConversionError -> IO.puts("  to_charlist raises #{length(e.encoded)} #{e.message}")
    end
  end
end

show.("ascii", String.duplicate("abc defghij\t", 20_000))
show.("latin", String.duplicate("aé ", 50_000))
show.("combining", String.duplicate("e\u0301x", 40_000))
show.("emoji", String.duplicate("👩‍👩‍👧‍👦a", 10_000))
show.("no ascii", String.duplicate("日本語", 40_000))
show.("no ascii spaces", String.duplicate("日本語\u3000", 40_000))
show.("combining runs", String.duplicate("a" <> String.duplicate("\u0301", 100), 2_000))
show.("long grapheme", "a" <> String.duplicate("\u0301", 40_000) <> "b")
show.("crlf", String.duplicate("ab\r\n", 50_000))
show.("flags", String.duplicate("🇫🇷🇩🇪", 20_000))
show.("odd flags", String.duplicate("🇫", 30_001))
show.("hangul", String.duplicate("\u1100\u1161\u11A8", 30_000))
show.("nbsp", "\u00a0" <> String.duplicate("a\u00a0b \u2007c\u202f\u2003d\u0085", 20_000) <> "\u00a0")
show.("spaces around", "  \n" <> String.duplicate("word ", 20_000) <> "\t\r\n ")
show.("only spaces", String.duplicate(" \u2028", 40_000))
show.("invalid", String.duplicate("abc", 30_000) <> <<255>> <> "\u0301" <> String.duplicate("dé ", 30_000))
show.("invalid late", String.duplicate("xyz", 60_000) <> <<200, 255>>)
show.("truncated", String.duplicate("xy", 60_000) <> <<0xE2, 0x82>>)
show.("continuation bytes", String.duplicate(<<0x80, 0xBF, ?a>>, 30_000))
