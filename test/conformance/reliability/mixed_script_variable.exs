# a Greek λ joined to a Latin x: one identifier mixing two scripts
IO.puts(:start)
x = 1
λx = x + 1
IO.puts(λx)
