IO.inspect(a: 1,)
foo(1 2)
