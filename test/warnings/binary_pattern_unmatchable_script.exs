# At a script's top level the whole script is refused before it runs (nothing is printed)
IO.puts("not printed")
x = "ab"
"a" <> <<y::bits>> = x
IO.inspect(y)
