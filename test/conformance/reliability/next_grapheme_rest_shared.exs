# String.next_grapheme/1 segments only the first grapheme and returns the rest as a sub-binary
# (its :binary.referenced_byte_size is the whole text), as the BEAM does: it segmented and copied
# the whole rest on every call, so a walk over a text with it was quadratic (12 KB took 42 s).
# String.first/1 too looks only at the first grapheme, however long
defmodule Walk do
  def count(s, n \\ 0) do
    case String.next_grapheme(s) do
      nil -> n
      {_, rest} -> count(rest, n + 1)
    end
  end
end
s = String.duplicate("ab\r\ne\u0301🇫🇷👩‍👩‍👧 ", 10_000)
n = Walk.count(s)
IO.puts "#{n} graphemes"
IO.inspect String.next_grapheme("e\u0301x")
IO.inspect String.next_grapheme(<<255, 0xCC, 0x81>>)
IO.inspect String.next_grapheme("\r\nx")
IO.inspect String.next_grapheme("")
IO.inspect String.next_grapheme_size("🇫🇷🇩🇪")
IO.inspect String.first("👩‍👩‍👧x")
IO.inspect String.first(""), label: "empty"
IO.inspect String.first("a" <> String.duplicate("\u0301", 300) <> "b") |> String.length()
IO.inspect String.next_grapheme("a" <> String.duplicate("\u0301", 300) <> "b") |> elem(1)
IO.inspect String.chunk(String.duplicate("aé\u0001", 20_000), :printable) |> length()
IO.inspect :binary.referenced_byte_size(elem(String.next_grapheme("xyz" <> String.duplicate("q", 100)), 1))
