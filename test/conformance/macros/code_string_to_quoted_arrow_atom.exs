# `:=>` is no atom: Elixir reads `:=` then `>` (a syntax error where `>` lacks an operand);
# `:->`, `:<-`, `:\\\\` and `:::` are atoms
for s <- [":=>", ":->", ":<-", ":\\\\", ":::", "[:=>, 1]", "f(:=>)", ":=> 1", ":=>a", "a = :=>\nb", ":=", ":=>>"] do
  IO.inspect({s, Code.string_to_quoted(s, columns: true)})
end
IO.inspect :"=>"
