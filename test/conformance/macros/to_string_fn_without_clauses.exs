# Macro.to_string of {:fn, [], []}, an fn node with no clauses: Elixir 1.14's formatter writes it
# as the call it then is, fn()
IO.puts(Macro.to_string({:fn, [], []}))
IO.puts(Macro.to_string({:foo, [], [{:fn, [], []}]}))
IO.puts(Macro.to_string(quote(do: x = fn -> 1 end)))
