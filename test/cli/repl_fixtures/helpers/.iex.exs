IO.puts("loading .iex.exs")
x = 42
alias String, as: S
