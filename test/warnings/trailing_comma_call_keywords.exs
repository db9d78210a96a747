# the parser warns of a trailing comma after a call's keyword arguments (inside parentheses only;
# a list, a map or a tuple may end with one)
IO.inspect(a: 1,)
IO.inspect([a: 1,])
IO.inspect(1, a: 1,
  b: 2,
)
IO.inspect(a: fn x -> x end,)
IO.inspect(%{a: 1,})
IO.inspect({1, 2,})
Enum.map([1], fn x -> IO.inspect(x, label: "x",) end)
