# Hello: press Run (or Ctrl+Enter). Try the REPL on the right: it is on the same node.
IO.puts("Hello from beamlet!")

name = "world"
IO.puts("Hello, #{name}! 1 + 2 = #{1 + 2}")

Enum.map(1..5, fn x -> x * x end)
|> IO.inspect(label: "squares")
