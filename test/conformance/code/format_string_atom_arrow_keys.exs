# Elixir 1.14's formatter writes a map's atom keys as keywords only in its keyword tail: an atom
# key before a string key keeps `:a =>`, also when the map is broken one pair a line (a map
# update too); the pairs after the last non-atom key are keywords. Macro.to_string likewise.
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
long = String.duplicate("s", 60)
t.("x = %{:bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb => 2, \"#{long}\" => 1}")
t.("x = %{:b => 2, \"#{long}\" => 1, c: 3, d: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]}")
t.("x = %{map | :b => 2, \"#{long}\" => 1, c: 3, d: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]}")
t.("x = %{\"#{long}\" => 1, :b => 2, :c => 3, d: 4}")
t.("%{:b => 2, \"s\" => 1}")
IO.puts(Macro.to_string(quote(do: %{:b => 2, unquote(String.duplicate("s", 90)) => 1})))
IO.puts(Macro.to_string(quote(do: %{unquote(String.duplicate("s", 90)) => 1, b: 2, c: 3})))
IO.puts(Macro.to_string(quote(do: %{m | :b => 2, unquote(String.duplicate("s", 90)) => 1})))
