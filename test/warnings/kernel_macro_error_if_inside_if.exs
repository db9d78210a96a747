x = 1
IO.inspect(if x, do: if(x, do: 1, bad: 2))
