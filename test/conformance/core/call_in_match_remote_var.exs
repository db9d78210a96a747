# a remote call in a pattern is no pattern: Elixir names it with its receiver
map = %{a: 1}
IO.puts("before")
map.a = 1
