# `size(n)*unit` in a pattern: size is then a call, which Elixir refuses in the size expression
n = 2
<<x::size(n)*8>> = "ab"
IO.inspect(x)
