# & captures whose body holds a fn, a 2-tuple, a list with a tail, or a block of one expression
x = &(&1 + 1)
IO.puts(x.(1))
y = &(fn -> &1 end)
IO.puts(y.(2).())
z = &{&1, [&2 | &3]}
IO.inspect(z.(1, 2, [3]))
w = &(
  &1 * 2
)
IO.inspect(Enum.map([1, 2], w))
v = &[&1, fn a -> {a, &2} end]
[a, f] = v.(1, 2)
IO.inspect({a, f.(3)})
