IO.puts 1
IO.inspect %URI{a: 2}
