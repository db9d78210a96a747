# an undefined variable as a bitstring segment's value, one call deep, at a script's top level
IO.inspect(<<1, div(countt, 2)::16>>)
