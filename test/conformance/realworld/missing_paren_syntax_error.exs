list = [1, 2, 3]
Enum.map(list, fn x -> x * 2 end
IO.puts("x")
