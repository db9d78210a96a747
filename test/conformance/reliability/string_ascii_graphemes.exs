# The grapheme functions take a fast path on ASCII text without CR (one byte, one grapheme): the
# same answers as the general path, CR LF still one grapheme, non-ASCII text through segmentation.
for s <- ["hello world", "", "a\r\nb", "a\nb\tc", "héllo", "abc", "x"] do
  IO.inspect({String.length(s), String.graphemes(s), String.reverse(s), String.slice(s, 1, 3),
    String.slice(s, -3, 2), String.slice(s, 1..-2), String.slice(s, -2..-1), String.slice(s, 10, 1),
    String.at(s, 1), String.at(s, -1), String.at(s, 99), String.first(s), String.last(s),
    String.slice(s, 0, 0), String.slice(s, 2..1), String.slice(s, -99, 2)})
end

big = String.duplicate("abcdefghij", 20_000)
IO.inspect({String.length(big), String.slice(big, 5, 3), String.at(big, -1), String.first(String.reverse(big)), length(String.graphemes(big))})
