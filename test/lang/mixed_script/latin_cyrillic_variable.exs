IO.puts(:ok)
aпривет = 1
