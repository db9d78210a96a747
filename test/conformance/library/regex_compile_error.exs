IO.puts("never printed: the pattern is compiled with the program")
re = ~r/a(b/
IO.inspect(re)
