# a bad escape in a string is reported at the start of its text, with the escape it saw
IO.puts("before")
x = "ok #{1}\x"
IO.puts(x)
