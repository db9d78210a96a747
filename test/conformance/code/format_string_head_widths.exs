# Code.format_string!: a for/with argument on its own line may end past the width by its comma or
# the " do" after the last (the formatter measures each argument alone); a remote call name in
# Unicode letters is unquoted
IO.puts Code.format_string!(~S'''
for n <- [0, 5, -5, 10, -10, 123_456_789, -987_654_321, Integer.pow(3, 200), -Integer.pow(3, 200)],
    b <- [2, 10, 16, 36, 37, 1000] do
  1
end
for n <- [0, 5, -5, 10, -10, 123_456_789, -987_654_321, Integer.pow(3, 200), -Integer.pow(3, 2000)],
    b <- [2, 10, 16, 36, 37, 1000] do
  1
end
foo(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, b)
foo(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa(1), b)
with {:ok, x} <- [0, 5, -5, 10, -10, 123_456_789, -987_654_321, Integer.pow(3, 200), -Integer.pow(3, 2)],
     b <- [2, 10, 16, 36, 37, 1000] do
  1
end
with {:ok, dest} <- Map.fetch(world[room].exits, dir),
     :ok <- if(dest == :cellar and :lamp not in p.inventory, do: {:error, :dark}, else: :okk) do
  1
end
with {:ok, dest} <- Map.fetch(world[room].exits, dir),
     :ok <- if(dest == :cellar and :lamp not in p.inventory, do: {:error, :dark}, else: :okkkkkk) do
  1
end
with {:ok, dest} <- Map.fetch(world[room].exits, dir),
     :ok <- if(dest == :cellar and :lamp not in p.inventory, do: {:error, :dark}, else: :okkkkkkkkkk) do
  1
end
for x <- [1,2],
     y <- [aaaaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbb, ccccccccccccccccccccccccccc, ddddddd] do
  1
end
M.señor(1)
M."a b"(1)
''')
