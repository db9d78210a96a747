f = fn
  1 -> 2
  2 -> 3
  x ->
    IO.puts(x)
    _
end
