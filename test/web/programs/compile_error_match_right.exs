# An undefined variable on the right of a top-level match: one frame deeper in Elixir's
# expander, so the trace has no room left for the file's caller
IO.puts("never printed")
x = y
IO.inspect(x)
