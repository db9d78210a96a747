# A compile error after the parse, in the file's top level: elixir FILE.exs shows the call that
# read the file below it
IO.puts("never printed")
undefined_fun()
