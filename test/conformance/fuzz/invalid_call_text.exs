# a call of a call (not a fun call f.(x)) is a CompileError naming the expression
IO.puts("never")
IO.inspect(Enum.drop(-1)(10..1//-3))
