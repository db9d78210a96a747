IO.puts(1.0e300)
x = 1.0e400
IO.puts(x)
