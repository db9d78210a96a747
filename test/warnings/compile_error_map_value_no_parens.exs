# a no-parens call of two arguments as a map value is a syntax error at the token after it
# (Elixir has no rule for it there), and the end-of-line error draws no code
IO.puts("never")
x = %{1 => max 1, 2
}
