# an undefined variable in a size specifier of a bitstring built at a script's top level
bytes = 2
IO.inspect(<<1::integer-size(bytez)-unit(8)>>)
