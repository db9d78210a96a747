# a charlist literal is made from the binary its text spells: byte escapes >= 0x80 are decoded with
# the rest as UTF-8 (in '...', ~c and ~w(...)c); bytes that are no UTF-8 make the parser raise
# UnicodeConversionError, which Code.string_to_quoted/1 raises rather than returns
IO.inspect('\xC3\xA9')
IO.inspect('a\xE2\x82\xACb')
IO.inspect(~c"\xC3\xA9t\xC3\xA9")
IO.inspect(~w(\xC3\xA9 x)c)
IO.inspect('\u00e9' == '\xC3\xA9')

try do
  Code.string_to_quoted("'ab\\xff'")
rescue
  e -> IO.inspect({e.__struct__, Exception.message(e)})
end

IO.inspect(Code.string_to_quoted("'\\xC3\\xA9'"))
