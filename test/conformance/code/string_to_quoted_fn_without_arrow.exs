# fn whose body has no -> clause: the parser's error names the fn (column of `fn`)
for src <- ["fn x x end", "Enum.map(list, fn item item * 2 end)", "fn x\n  x + 1\nend", "fn end"] do
  IO.inspect(Code.string_to_quoted(src))
end

try do
  Code.string_to_quoted!("f = fn a a end")
rescue
  e in SyntaxError -> IO.puts(Exception.message(e))
end
