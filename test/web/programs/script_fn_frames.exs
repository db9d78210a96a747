g = fn x -> x * 2 + 1 end
IO.inspect(g)
IO.puts(g.(1))
h = fn x -> x + 1 end
IO.inspect(Enum.map([1, 2], &h.(&1)))
g.(:a)
