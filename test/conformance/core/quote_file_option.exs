# quote's file: option puts keep: {file, line} in each node's metadata (the node's own line, the
# line: option then unused); the file may be a value known at run time; file: nil keeps nothing
f = "a.ex"
IO.inspect(quote(file: f, do: f(y)))
IO.inspect(quote(file: "b.ex", line: 3, do: f(y)))
IO.inspect(quote(file: nil, line: 3, do: f(y)))
IO.inspect(quote(file: "c.ex", do: %{a: [b(1)]}))
