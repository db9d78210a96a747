x = ()
IO.puts(not 1 in [2])
IO.puts(:"ok")
y = 1 + * 2
IO.puts(:"ab")
