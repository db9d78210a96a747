# Code.string_to_quoted/1 and string_to_quoted!/1 of an expression before the first ->
# clause: the error's metadata has the line only, the message its 'Syntax error before' token
try do
  Code.string_to_quoted!("fn a; b -> 1 end")
rescue
  e -> IO.inspect(e)
end
IO.inspect(Code.string_to_quoted("x\nfn a;\n b -> 1 end"))
try do
  Code.string_to_quoted!("fn a; b -> 1 end")
rescue
  e -> IO.puts(Exception.message(e))
end
