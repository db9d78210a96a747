# `=` in the guard of match?'s pattern at a script's top level
x = {:ok, 1}
IO.inspect(match?({:ok, n} when n > 0 = x, x))
