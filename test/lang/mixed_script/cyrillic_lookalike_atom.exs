IO.puts(:ok)
x = :аdmin
