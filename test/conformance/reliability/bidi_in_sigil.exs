x = ~s(a‪b)
IO.puts(x)
