IO.puts(:ok)
αβo = 1
