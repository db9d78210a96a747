for i <- 1..100000, do: IO.inspect({:line, i}, label: "at")
IO.puts(:stderr, "after")
