# An invalid byte is a grapheme of its own even before a combining mark, and String.split/1
# splits at Unicode whitespace but keeps the non-breaking spaces (U+00A0, U+2007, U+202F), which
# trim/1 takes
IO.inspect(String.graphemes(<<"a", 255, 0xCC, 0x81, "b", 0xE2, 0x80>>))
IO.inspect(String.length(<<"e", 0xCC, 0x81, 200, 0xCC, 0x81>>))
IO.inspect(String.at(<<254, 0xCC, 0x81, "z">>, 1))
IO.inspect(String.reverse(<<"x", 255, 0xCC, 0x81, "y">>))
IO.inspect(String.split("\u00a0a b\u00a0"))
IO.inspect(String.split(" \u00a0 a \u00a0 b \u00a0 "))
IO.inspect(String.split("\u2007a\u202f \u2003b\u0085c\u3000"))
IO.inspect(String.trim("\u00a0a b\u00a0"))
IO.inspect(String.split(""))
IO.inspect(String.split(" \t\n "))
