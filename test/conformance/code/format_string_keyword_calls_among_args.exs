# A call without parentheses ending in do:/else: keywords (if, unless, a local without parens)
# keeps no parentheses only as a statement, an operator's right side or a sole argument; among
# several arguments (an operation that is an argument, a clause's head, a receiver) it takes
# them: `with a <- if(c, do: x, else: y) do`, as Elixir 1.14's formatter
cases = [
  "with a <- (if c, do: x, else: y) do\n  a\nend",
  "with a <- (if c, do: x, else: y), do: a",
  "with a <- (if c, do: x), b <- 2 do\n  1\nend",
  "with a <- (if c, do: x) + 1 do\n  1\nend",
  "with a <- (if c, do: x), do: (if c, do: 1)",
  "for x <- (if c, do: x), do: x",
  "for x <- (if c, do: x) do\n  x\nend",
  "if a == (unless c, do: x) do\n  1\nend",
  "if x = (if c, do: x) do\n  1\nend",
  "foo(1, a <- (if c, do: x))",
  "foo(a <- (if c, do: x))",
  "foo(-(if c, do: x))",
  "x = (if c, do: x)",
  "a + (if c, do: x)",
  "(if c, do: x) + a",
  "case x do\n  (if c, do: 1) -> 2\nend",
  "case x do\n  y when (if c, do: 1) -> 2\nend",
  "case x do\n  1 -> (if c, do: 1)\nend",
  "fn a, (if c, do: 1) -> 2 end",
  "try do\n  1\nrescue\n  x in (if c, do: 1) -> 2\nend",
  "defp f(x) when (if c, do: x), do: 1",
  "(if c, do: x).y",
  "(if c, do: x)[1]",
  "(if c, do: x).(1)",
  "a when (if c, do: 1)",
  "(raise x) + 1",
  "1 + (raise x)",
  "foo(1, (raise x) <> y)"
]

for s <- cases do
  IO.puts(s)
  IO.puts("=> " <> IO.iodata_to_binary(Code.format_string!(s)))
  IO.puts("---")
end
