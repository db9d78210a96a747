# quote(do: unquote_splicing(xs)) in a script: Elixir 1.14's quote raises ArgumentError while the
# script is expanded, so nothing of it runs
IO.puts("not printed")
IO.inspect(quote(do: unquote_splicing([1, 2])))
