# a syntax error before a token whose atom a static_atoms_encoder made into its own term: the
# parser writes that term (an atom token as its whole tuple when the term is no atom, a keyword
# key the grammar refuses through atom_to_list/1, which raises for a term that is no atom)
with_column = fn t, m -> {:ok, {t, m[:column]}} end
as_atom = fn t, _ -> {:ok, String.to_atom(t)} end
spaced = fn t, _ -> {:ok, String.to_atom(t <> " x")} end
tagged = fn t, m -> {:ok, {:atom, t, m[:line]}} end

cases = [
  {"x = :bar :baz", tagged},
  {"x = :bar :baz", as_atom},
  {"x = :bar :baz", spaced},
  {"x = :bar :bé", with_column},
  {"x = :bar :\"b c\"", with_column},
  {"x = :bar :\"b c\"", as_atom},
  {"x = :bar :baz", fn t, _ -> {:ok, String.duplicate(t, 40)} end},
  {"x = :bar :baz", fn t, _ -> {:ok, String.to_charlist(t)} end},
  {"a :b :c", tagged},
  {"1 + :a :b", fn t, _ -> {:ok, [t]} end},
  {"1 foo 2", with_column},
  {"1 Foo 2", with_column},
  {"1 foo 2", spaced},
  {"do: 1 :x", fn t, _ -> {:ok, String.to_charlist(t)} end},
  {"%{a: 1 b: 2}", as_atom},
  {"%{a: 1 b: 2}", spaced},
  {"[a: 1 b: 2]", with_column},
  {"%{a: 1 b: 2}", tagged},
  {"x :a", fn t, _ -> {:ok, %{t: t}} end}
]

for {src, encoder} <- cases do
  result =
    try do
      Code.string_to_quoted(src, static_atoms_encoder: encoder)
    rescue
      e -> {:raised, e.__struct__, Exception.message(e)}
    end

  IO.inspect(result, label: src)
end

try do
  Code.string_to_quoted!("1 foo 2", static_atoms_encoder: with_column)
rescue
  e -> IO.puts(Exception.message(e))
end
