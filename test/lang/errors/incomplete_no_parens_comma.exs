IO.puts "a",
