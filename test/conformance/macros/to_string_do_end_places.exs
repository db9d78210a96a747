# Macro.to_string/1 of a do/end call (if ... end) in every place the formatter treats differently:
# parentheses as a no-parens call's argument, a clause's head, a receiver, a def head; none as a
# parenthesized call's argument, an element, an operand at the top
forms = [
  "foo (if a do\n b\n end)",
  "foo (if a do\n b\n end), c",
  "foo c, (if a do\n b\n end)",
  "foo(if a do\n b\n end)",
  "foo(c, if a do\n b\n end)",
  "[if a do\n b\n end]",
  "{if a do\n b\n end, 1}",
  "x = if a do\n b\n end",
  "(if a do\n b\n end) + 1",
  "1 + if a do\n b\n end",
  "foo(k: if a do\n b\n end)",
  "foo k: (if a do\n b\n end)",
  "case x do\n (if a do\n b\n end) -> 1\n end",
  "case x do\n 1 -> if a do\n b\n end\n end",
  "fn (if a do\n b\n end) -> 1 end",
  "(if a do\n b\n end).(1)",
  "(if a do\n b\n end).foo",
  "def (if a do\n b\n end), do: 1",
  "@foo (if a do\n b\n end)",
  "-(if a do\n b\n end)",
  "&(if a do\n b\n end)",
  "%{a: if a do\n b\n end}",
  "%{(if a do\n b\n end) => 1}",
  "(if a do\n b\n end) |> foo()",
  "x |> (if a do\n b\n end)",
  "foo(bar (if a do\n b\n end))",
  "assert (if a do\n b\n end) == 1",
]
for f <- forms do
  q = f |> Code.string_to_quoted!() |> Macro.prewalk(fn {a, m, b} when is_list(m) -> {a, [], b}; x -> x end)
  IO.puts("## " <> inspect(q))
  IO.puts(Macro.to_string(q))
end
