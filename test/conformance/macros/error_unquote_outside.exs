# unquote outside of quote
IO.puts("start")
x = 1
IO.inspect(unquote(x))
