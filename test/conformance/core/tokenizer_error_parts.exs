# Code.string_to_quoted/1 gives a bidirectional formatting character's error in parts around the
# escaped character, and a code point past U+FFFF in an unexpected token as U+**** (Elixir prints
# it with io_lib's ~4.16.0B, whose field overflows)
for src <- ["x = 1 # \u202e", "x = 'a\u2066'", "x = ~s(a\u2066)", "x = \"\u202e\"", "Ab𐀀", "x = 𐀀", "x = :a𐀀", "A𞤀", "x = :𞤀𞤀", "𞤀 = 1"] do
  IO.inspect({src, Code.string_to_quoted(src)})
end
Code.eval_string("x = 1 + 𐀀")
