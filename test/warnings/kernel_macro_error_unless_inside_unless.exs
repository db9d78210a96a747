x = 1
IO.inspect(unless x, do: unless(x, do: 1, bad: 2))
