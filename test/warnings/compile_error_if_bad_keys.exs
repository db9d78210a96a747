IO.inspect(if true, do: 1, else: 2, foo: 3)
