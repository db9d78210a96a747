# Elixir 1.14's formatter: a call ending in keywords whose closing parenthesis and the comma after
# it pass the width breaks (`quote(\n  do: ...\n),`), while a call ending in a list keeps its
# line there ("next break fits" lets `]),` pass the width); Macro.to_string of a list of such
# calls lays them out the same.
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.("x = [\n  quote(do: f(-1_234_567, 1.0e10, 123_456.789, 0xFFFFFF, 1.0e20, 1.5e-7, 12345.5, 100_000, 9999)),\n  quote(do: f(-1_234_567, 1.0e10, 123_456.789, 0xFFFFFF, 1.0e20, 1.5e-7, 12345.5, 100_000, 99999)),\n  1\n]")
t.("IO.inspect(\n  get_in(ledger.events, [Access.filter(&(&1.type == :withdrawn)), Access.key(:data), :amount]),\n  label: \"withdrawals\"\n)")
t.("y = quote(do: f(-1_234_567, 1.0e10, 123_456.789, 0xFFFFFF, 1.0e20, 1.5e-7, 12345.5, 100_000, 9999))")
IO.puts(Macro.to_string(quote(do: [foo(do_something: f(-1_234_567, 1.0e10, 123_456.789, 0xFFFFFF, 1.0e20, 1.5e-7, 9999)), 1])))
