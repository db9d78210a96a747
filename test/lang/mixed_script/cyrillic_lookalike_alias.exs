IO.puts(:ok)
Аdmin.run()
