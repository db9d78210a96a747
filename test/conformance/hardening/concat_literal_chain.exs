x = "q"
IO.puts x <> "b" <> x <> :c
