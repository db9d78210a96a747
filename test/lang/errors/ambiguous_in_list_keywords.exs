x = [a: 1, b: if true, do: 1]
