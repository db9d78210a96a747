IO.puts("before")
f = fn
  1 -> :one
  x, y \\ 2 -> x + y
end
f.(1)
