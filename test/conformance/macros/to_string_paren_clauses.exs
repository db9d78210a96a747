# -> clauses in parentheses outside a do/end block (a keyword's value, an operand, an argument,
# a list element): Macro.to_string and Code.format_string! lay a clause whose body is a block
# under its head, 3 columns in, and several clauses one a line between ( and ), as Elixir 1.14.
quoted = [
  quote(do: x = (a -> b; c)),
  quote(do: f(do: (a -> b; c))),
  quote(do: f(do: (a -> b; c -> d))),
  quote(do: f(x, reduce: (a, acc -> b; c))),
  quote(do: [(a -> b; c)]),
  quote(do: g((a -> b; c))),
  quote(do: (a when a > 1 -> b; c)),
  quote(do: y = (a -> b)),
  quote(do: y = (a -> b; c -> d)),
  quote(do: {:ok, (a -> b; c)}),
  quote(do: h(1, (a -> b; c))),
  quote(do: (-> b; c))
]

for q <- quoted, do: IO.puts(Macro.to_string(q) <> "\n--")

sources = [
  "f(do: (a -> b; c))",
  "x = (a -> b; c)",
  "f(do: (a -> b; c -> d))",
  "f(reduce: (a, acc -> b\nc))",
  "receive do: ({:DOWN, ^ref2, _, _, {%RuntimeError{message: m}, _}} -> Logger.flush(); IO.puts(\"cast: \" <> m))",
  "receive do: ({:DOWN, ^ref, _, _, _} -> :ok)"
]

for s <- sources, do: IO.puts(IO.iodata_to_binary(Code.format_string!(s)) <> "\n--")
