# quote's options: the meta they give each node, in Elixir's order (:generated, then :keep,
# then the node's own meta with the line: option's line last), and the options refused
IO.inspect(quote(generated: true, line: 3, do: x))
IO.inspect(quote(generated: true, location: :keep, do: foo(bar)))
IO.inspect(quote(generated: true, do: ~s(a)))
IO.inspect(quote(generated: true, line: 5, do: ~s(a)))
IO.inspect(quote(location: :keep, do: ~s(a)))
IO.inspect(quote(generated: true, location: :keep, do: -1))
IO.inspect(quote(generated: true, location: :keep, do: f -1))
IO.inspect(quote(generated: true, location: :keep, do: x.y))
IO.inspect(quote(generated: true, line: 2, do: x.y))
IO.inspect(quote(line: 4, do: f -1))
IO.inspect(quote(line: 4, do: x.y))
IO.inspect(quote(bind_quoted: [a: 1], do: a))

IO.inspect(
  quote generated: true, line: 2 do
    ~S"""
    a
    """
  end
)

for src <- [
      "quote foo: 1 do\n  1\nend",
      "quote(foo: 1, do: 1)",
      "quote [context: Foo, bar: 2] do\n  1\nend",
      "quote 1 do\n  1\nend",
      "quote bind_quoted: [1] do\n  1\nend",
      "quote bind_quoted: 1 do\n  1\nend",
      "quote bind_quoted: [{\"a\", 1}] do\n  1\nend"
    ] do
  try do
    Code.eval_string(src)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
