# A line continuation `\` that ends the text (with or without its line break) is Elixir 1.14's
# TokenMissingError "invalid escape \ at end of file" (beamlet parsed the text); followed by a
# blank line, or inside an interpolation whose `}` follows, it is a continuation as before
for code <- ["x = 2 \\\n", "x = 2 \\", "\\\n", "x = 2 \\\r\n", "[1, \\\n", "x = 2 \\\n\n", "x = 2 \\\n  ", "\"\#{1 \\\n}\"", "\"\#{1 \\}\"", "x = 2 # \\\n"] do
  IO.inspect(Code.string_to_quoted(code))
end
try do
  Code.string_to_quoted!("x = 2 \\\n")
rescue
  e -> IO.inspect(e)
end
