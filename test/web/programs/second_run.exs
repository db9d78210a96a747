g = fn x -> x * 2 + 1 end
IO.inspect(g)
g.(:a)
