if x, do: 1, else 2
