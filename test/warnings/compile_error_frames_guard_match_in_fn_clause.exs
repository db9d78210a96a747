label = fn
  0 -> "none"
  n when n = 1 -> "one"
  _ -> "many"
end

IO.puts(label.(1))
