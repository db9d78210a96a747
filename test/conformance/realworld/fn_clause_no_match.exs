x = 10
f = fn
  0 -> :zero
  n when n > 0 -> :pos
end
IO.inspect(f.(x))
IO.inspect(f.(-1))
