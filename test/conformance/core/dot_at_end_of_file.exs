IO.puts "not reached"
x = %{a: 1}
x.
