# an undefined function right of or, as a call's argument
x = 1
IO.puts(x == 1 or nope(x))
