# A missing terminator: elixir FILE.exs shows the call that read the file below it
x = [1, 2
IO.inspect(x)
