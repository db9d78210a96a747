# printable_limit counts an escaped #{ as one character, in strings as in charlists
for limit <- [0, 1, 2, 3, 4, 5, :infinity] do
  for s <- ["\#{x}", "a\#{b}c", "\#{\#{}}", "##{1}{", "x\#{", "é\#{\n}\""] do
    IO.puts(inspect(s, printable_limit: limit))
    IO.puts(inspect(String.to_charlist(s), printable_limit: limit))
    IO.puts(inspect(s <> <<255>>, printable_limit: limit, binaries: :as_strings))
  end
end
IO.puts(inspect(String.duplicate("\#{", 5000)) |> String.length())
