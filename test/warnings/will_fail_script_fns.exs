# Which of a script's fns OTP warns about (as Elixir 1.14 shows it): a fn the top level passes
# on warns; one bound by a match (anywhere in its value) or whose value a statement drops does not.
Enum.each([], fn _ -> 1 / 0 end)
f = fn -> div(1, 0) end
x = Enum.map([], fn _ -> rem(1, 0) end)
IO.inspect({is_function(f), x})
fn -> hd([]) end
case :rand.uniform(1) do
  1 -> fn -> 1 * :a end
end
case :rand.uniform(1) do
  1 -> Enum.each([], fn _ -> 2 * :a end)
end
Enum.each([fn -> length(:a) end], fn _ -> 1 end)
IO.inspect(is_tuple({:ok, fn -> elem(:x, 0) end}))
Enum.each([], fn _ -> {1 / 0, 1 / 0} end)
g = fn -> Enum.each([], fn _ -> 3 - :b end) end
IO.inspect(is_function(g))
