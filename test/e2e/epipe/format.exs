for i <- 1..100000, do: :io.format("line ~p~n", [i])
IO.puts(:stderr, "after")
