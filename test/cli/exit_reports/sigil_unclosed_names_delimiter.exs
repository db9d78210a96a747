IO.puts("start")
x = ~r/abc
IO.puts(x)
