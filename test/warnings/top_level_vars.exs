x = 1
y = 2
IO.puts(y)
f = fn a, b -> a end
IO.puts(f.(1, 2))
