IO.puts(:ok)
аλ = 1
