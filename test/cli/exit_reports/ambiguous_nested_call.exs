# a no-parens call of two arguments among other arguments is ambiguous
IO.puts("before")
IO.inspect(1, max 1, 2)
