# a size, a unit, signedness or another type on a segment written as <<...>> is a CompileError
IO.puts("never printed")
IO.inspect(<< <<1, 2>>::bits-size(3) >>)
