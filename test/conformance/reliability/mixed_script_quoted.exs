# Code.string_to_quoted/1 returns the tokenizer's split message for a mixed-script identifier;
# one-script code still parses
IO.inspect(Code.string_to_quoted("x = 1\n  λx = x"))
IO.inspect(Code.string_to_quoted(":λy?"))
IO.inspect(Code.string_to_quoted("αβγ + a漢字ひら"))
try do
  Code.string_to_quoted!("f(aпривет)")
rescue
  e in SyntaxError -> IO.puts(Exception.message(e))
end
