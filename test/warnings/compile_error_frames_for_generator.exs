for x <- [1, 2], do: IO.puts(x)
for n <- nums, do: n * 2
