# a line continuation with nothing after it: Elixir 1.14 refuses the file (beamlet ran it)
IO.puts("never")
x = 2 \
