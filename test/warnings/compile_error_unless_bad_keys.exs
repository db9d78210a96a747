IO.inspect(unless true, do: 1, else: 2, x: 3)
