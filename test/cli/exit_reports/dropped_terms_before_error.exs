# Elixir warns of the terms the top level drops (an unused literal, a variable alone) as it
# expands them, so those ahead of an expression that fails to compile come before its error
1
"text"
y = 2
y
:ok
IO.puts(x)
