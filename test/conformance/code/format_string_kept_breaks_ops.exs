# Code.format_string!: the line breaks the formatter keeps after (or before) `when`, `<-` and `|`,
# and inside an operand in parentheses (`(a +\n b) * c`); a `when` chain breaks at every `when`
# when its first one was broken, not for a later one
fmt = fn src -> IO.puts(Code.format_string!(src)) ; IO.puts("--") end

fmt.("""
for x <-
  [1, 2], do: x
for x
  <- [1, 2], do: x
v = x <-
  y
""")

fmt.("""
@type t :: :a |
  :b
@type u :: :a
  | :b
y = [a |
  b]
y = [c, a |
  b]
foo(a |
  b)
""")

fmt.("""
w = a when
  b
w = a when
  b when c
w = a when b when
   c
f = fn a when
  is_integer(a) -> a end
case x do
  a when
    is_integer(a) -> a
end
""")

fmt.("""
z = (a +
  b) * c
z = foo((a ||
  b))
z = (a <>
  b) <> (c <> d)
""")
