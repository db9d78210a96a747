IO.puts(:ok)
foo = аdmin
