# an undefined function on the right of a match that is one of several file-level expressions:
# the block makes the expansion a frame deeper, so the 8-entry trace shows no frame below it
IO.puts("first")
r = catch_exit(GenServer.call(:s, :get, 50))
IO.inspect(r)
