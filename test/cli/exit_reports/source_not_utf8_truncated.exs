IO.puts("a")
# a comment Ã
