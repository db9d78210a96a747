# Code.string_to_quoted/1's {meta, message, token} and string_to_quoted!/1's exception for syntax
# errors: the message split around its token, a reserved word's explanation, the keyword-list
# messages of calls and of containers, and which errors carry a code snippet (1.14 draws none for
# a reserved word or a message split {prefix, suffix}).
cases = [
  "x = else", "x = after", "x = rescue", "x = catch", "x = when", "x = and", "x = or", "x = in",
  "x = not", "1 +", "x = end", "x = 1 end", "f(1, )", "a b c)", ")", "[1, 2)", "foo(1, ]",
  "f(else: 1, 2)", "f a: 1, 2", "f(1, a: 1, b: 2, 3)", "[a: 1, 2]", "%{a: 1, b}", "{a: 1}",
  "{a: 1, 2}", "{1, a: 1, 2}", "<<a: 1, 2>>", "x[a: 1, 2]", "f(aпривет)", "x = λx", "fn", "a do"
]

for s <- cases do
  IO.inspect(Code.string_to_quoted(s), label: s)

  try do
    Code.string_to_quoted!(s)
  rescue
    e ->
      IO.inspect({e.__struct__, e.line, e.column, e.snippet})
      IO.puts(Exception.message(e))
  end
end

IO.inspect(Code.string_to_quoted("{1, a: 1}"))
IO.inspect(Code.string_to_quoted("<<1, 2>>"))
