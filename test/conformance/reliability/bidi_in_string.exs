IO.puts("before")
x = "abc‮def"
IO.puts(x)
