# Macro.to_string / Code.format_string! of a map broken one pair a line: a `key => value` pair
# before another ends its line with a comma, which counts against the 98 columns (a pair that
# fits only without it puts its value under the key); the last pair has none. beamlet left such
# a line at 99 columns.
for l <- [93, 94, 95, 96] do
  s = String.duplicate("a", l - 10)
  for q <- [
        quote(do: %{unquote(s <> "bcd") => 1, b: 2}),
        quote(do: %{%{x: unquote(s)} => 1, b: 2}),
        quote(do: %{unquote(s <> "bcd") => 1, unquote(s) => 2})
      ] do
    text = Macro.to_string(q)
    IO.puts(text)
    IO.puts(Code.format_string!(text))
  end
end
