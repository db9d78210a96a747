IO.puts 1
IO.inspect(1..:a)
