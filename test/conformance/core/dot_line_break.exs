# a line break (and a comment) after a dot continues the call on the next line
x = %{a: 1}
IO.inspect x. # the key is on the next line
  a
IO.inspect String.

  upcase("b")
IO.inspect(Kernel.

+(1, 2))
IO.inspect x.
"a"
