# map update syntax in a pattern is a CompileError in Elixir 1.14 (not a map of bad pairs)
IO.puts("compiled")
f = fn %{m | a: 1} -> m end
IO.inspect(f.(%{a: 1}))
