for i <- 1..100000, do: IO.write("line #{i}\n")
IO.puts(:stderr, "after")
