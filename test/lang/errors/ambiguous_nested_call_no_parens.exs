IO.puts 1, max 2, 3
