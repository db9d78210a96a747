IO.puts("not a test file")
