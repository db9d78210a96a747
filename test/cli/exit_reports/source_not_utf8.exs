IO.puts("before")
x = "ÿ"
IO.puts(x)
