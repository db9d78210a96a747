# interpolated code is code: an escaped quote in it is an unexpected backslash
name = "a"
IO.puts("hello #{\"name\"}")
