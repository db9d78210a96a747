# :io.read/1,2 reads one dot-terminated Erlang term per call (the rest of a line stays for the next
# read, lines count from 1 each time): terms, syntax errors, a missing dot at end of input, :eof
for _ <- 1..8, do: IO.inspect(:io.read(:"> "))
IO.inspect(IO.read(:line))
