# String functions keep invalid UTF-8 bytes as they are, each byte its own grapheme/code point;
# String.to_charlist refuses them with UnicodeConversionError
ins = [<<255>>, <<255>> <> "x", <<255, ?a>>, <<?a, 255, ?B>>, <<0xC3>>, <<0xE2, 0x82>>, "é" <> <<255>>,
       <<0xF0, 0x9F>> <> "Ab", <<0xED, 0xA0, 0x80>>, "ab" <> <<255>> <> "cd", <<0xC3, 0xC3>> <> "xy"]
for s <- ins do
  IO.inspect(s)
  IO.inspect(String.downcase(s), label: "down")
  IO.inspect(String.upcase(s), label: "up")
  IO.inspect(String.first(s), label: "first")
  IO.inspect(String.last(s), label: "last")
  IO.inspect(String.reverse(s), label: "rev")
  IO.inspect(String.replace(s, "b", "c"), label: "repl")
  IO.inspect(String.replace(s, "", "-"), label: "repl_empty")
  IO.inspect(String.graphemes(s), label: "graphemes")
  IO.inspect(String.codepoints(s), label: "codepoints")
  IO.inspect(String.length(s), label: "len")
  IO.inspect(String.slice(s, 1..-1), label: "slice")
  IO.inspect(String.slice(s, 0, 1), label: "slice3")
  IO.inspect(String.at(s, -1), label: "at")
  IO.inspect(String.split(s, ""), label: "split_empty")
  IO.inspect(String.split(s, "b"), label: "split")
  IO.inspect(String.next_grapheme(s), label: "next_g")
  IO.inspect(String.pad_leading(s, 4, "."), label: "pad")
  IO.inspect(String.trim(s), label: "trim")
  IO.inspect(String.normalize(s, :nfc), label: "normalize")
  IO.inspect(try do String.to_charlist(s) rescue e -> e end, label: "to_charlist")
end
IO.inspect(String.reverse(<<255>> <> "x"))
IO.inspect(String.downcase(<<255>>))
try do
  String.to_charlist(<<255, 255>>)
rescue
  e -> IO.puts(Exception.message(e))
end
String.to_charlist(<<?a, 255, 255>>)
