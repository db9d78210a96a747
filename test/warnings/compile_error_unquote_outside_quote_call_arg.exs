x = 1
IO.inspect unquote(x)
