# String.at/2, slice/2,3, last/1, valid?/1 and printable?/1,2 on binaries past 64 KB (walked in
# chunks that let other processes run) give Elixir's answers: graphemes counted whole across chunk
# ends, negative positions from the end, positions past the end, invalid bytes
show = fn name, s ->
  n = String.length(s)
  IO.puts("#{name}: #{byte_size(s)} bytes, #{n} graphemes")
  for i <- [0, 1, div(n, 2), n - 1, n, n + 5, -1, -2, -n, -n - 1] do
    IO.puts("  at #{i}: #{inspect(String.at(s, i))}")
  end
  for {st, len} <- [{0, 3}, {div(n, 3), 4}, {n - 2, 10}, {n, 1}, {n + 1, 1}, {-3, 2}, {-n - 4, 2}, {5, 0}] do
    IO.puts("  slice #{st}, #{len}: #{inspect(String.slice(s, st, len))}")
  end
  for r <- [0..2, div(n, 2)..(div(n, 2) + 3), -4..-1, (n - 3)..(n + 10), 3..1//-1, -2..-5//-1, 5..2, n..(n + 2)] do
    IO.puts("  slice #{inspect(r)}: #{inspect(String.slice(s, r))}")
  end
  IO.puts("  long slice: #{byte_size(String.slice(s, 1, n))} #{:erlang.phash2(String.slice(s, 2..-3))}")
  IO.puts("  last: #{inspect(String.last(s))}")
  IO.puts("  valid? #{String.valid?(s)} printable? #{String.printable?(s)} #{String.printable?(s, 10)} #{String.printable?(s, n)}")
end

show.("ascii", String.duplicate("abcdefghij", 8_000))
show.("latin", String.duplicate("aé", 25_000))
show.("combining", String.duplicate("e\u0301x", 20_000))
show.("emoji", String.duplicate("👩‍👩‍👧‍👦a", 3_000))
show.("no ascii", String.duplicate("日本語", 8_000))
show.("long grapheme", "a" <> String.duplicate("\u0301", 40_000) <> "bc")
show.("crlf", String.duplicate("ab\r\n", 20_000))
show.("odd flags", String.duplicate("🇫", 20_001))
show.("invalid", String.duplicate("abc", 12_000) <> <<255>> <> "\u0301" <> String.duplicate("dé", 12_000))
show.("invalid late", String.duplicate("xyz", 25_000) <> <<200, 255>>)
show.("truncated", String.duplicate("xy", 40_000) <> <<0xE2, 0x82>>)
show.("control late", String.duplicate("xy", 40_000) <> <<0>> <> "z")
show.("tab and esc", String.duplicate("a\t\e", 25_000))
