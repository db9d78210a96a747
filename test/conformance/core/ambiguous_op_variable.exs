# `a -1` where a is a variable: Elixir parses a call of a with -1 and refuses it (spaced, `a - 1`, is a subtraction)
a = 5
IO.inspect(a - 1)
IO.inspect(a-1)
IO.inspect(a -1)
