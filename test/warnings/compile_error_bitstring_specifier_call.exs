x = 1
IO.inspect(<<x::size(8)-foo(1)>>)
