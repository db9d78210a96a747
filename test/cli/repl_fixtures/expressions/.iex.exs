IO.puts("from .iex.exs")
dot = :bound
dot_missing
IO.puts("not reached")
