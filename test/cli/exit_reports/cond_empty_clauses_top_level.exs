x = cond(do: [])
IO.inspect(x)
