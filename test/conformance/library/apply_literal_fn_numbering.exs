# apply(fn ... end, [args]) is inlined (its fn takes no index) only when the fn has that arity;
# with another the fn is made, takes its index, and the call fails with BadArityError: later
# funs' indices and names count it
show = fn f -> IO.inspect({Function.info(f)[:index], Function.info(f)[:name]}) end
IO.inspect(apply(fn x -> x + 1 end, [1]))
show.(fn y -> y end)

try do
  apply(fn x -> x end, [1, 2])
rescue
  e -> IO.inspect({e.__struct__, e.args, Function.info(e.function)[:index]})
end

show.(fn y -> y end)

try do
  apply(fn x, z -> {x, z} end, [1])
rescue
  e -> IO.inspect({e.__struct__, Function.info(e.function)[:name]})
end

show.(fn y -> y end)
