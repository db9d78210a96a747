IO.puts("one")
System.halt(3)
IO.puts("never")
