# a chain at a script's top level
x = "ab"
IO.puts("before")
"a" <> y = "a" <> "b" <> z = x
IO.inspect({y, z})
