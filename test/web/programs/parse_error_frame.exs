# A syntax error: elixir FILE.exs shows the call that read the file below it
IO.puts("never printed")
IO.puts("a" <> )
