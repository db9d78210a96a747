# ~ and a letter not followed by a delimiter: Elixir 1.14's tokenizer names the character it
# found (sigils have one letter in 1.14); ~ alone, or before a non-letter, is an unexpected token
for code <- ["~ab()", "~AB()", "~a ()", "~a", "~a1()", "~é()", "~1()", "x = ~ab()", "~a#()", "~a\n()", "~a!x!", "~s(ok)"] do
  IO.inspect({code, Code.string_to_quoted(code)})
end

try do
  Code.eval_string("x = 1\ny = ~ab(x)")
rescue
  e -> IO.puts(Exception.message(e))
end
