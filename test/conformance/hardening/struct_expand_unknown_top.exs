IO.puts 1
IO.inspect %Nope{a: 1}
