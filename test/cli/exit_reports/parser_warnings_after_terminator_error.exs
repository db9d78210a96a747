IO.inspect(a: 1,)
f = fn -> end
x = )
