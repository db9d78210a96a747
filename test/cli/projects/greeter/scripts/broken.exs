IO.puts("never printed")
x =
