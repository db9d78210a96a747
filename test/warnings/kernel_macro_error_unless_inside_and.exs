x = 1
IO.inspect(x && unless(x, do: 1, bad: 2))
