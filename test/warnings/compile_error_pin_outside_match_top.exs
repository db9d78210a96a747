y = 2
IO.inspect(^y)
