# a literal integer written as a bitstring segment is Elixir's conflict of types
x = <<1::bits>>
