for i <- 1..100000, do: IO.puts("line #{i}")
IO.puts(:stderr, "after")
