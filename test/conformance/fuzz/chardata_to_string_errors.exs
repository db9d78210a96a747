# List.to_string/1 (to_string, interpolation, IO.chardata_to_string) of chardata whose binaries are
# not valid UTF-8 raises UnicodeConversionError (invalid, or incomplete at the very end) with the
# text converted before it; inspect treats a list as chardata with printable_limit: 0 or
# charlists: :as_charlists and raises as List.to_string does (found by scripts/fuzz-diff.mjs seed 9701)
for t <- [[<<255>>], [<<195>>], [?a, <<255, 1>>], ["a", [<<0xC3>>, "b"]], ["ok", [?é, "x"]], [?a, -1], ["é", 0xD800], [:a]] do
  for {name, f} <- [to_string: &to_string/1, list: &List.to_string/1, chardata: &IO.chardata_to_string/1, interpolation: &"#{&1}"] do
    try do
      IO.inspect(f.(t), label: name)
    rescue
      e -> IO.puts("#{name}: #{inspect(e)}")
    end
  end
end

for {t, o} <- [{[c: "abc"], [printable_limit: 0]}, {["abc", ?d, ['e']], [printable_limit: 0]}, {["abc", ?d], [charlists: :as_charlists]}, {[1 | 2], [printable_limit: 0]}, {[?a | ?b], [charlists: :as_charlists]}, {[1, 2, 300], [charlists: :as_charlists]}, {[-1], [charlists: :as_charlists]}, {[:a], [charlists: :as_charlists]}, {[<<255>>], [charlists: :as_charlists]}, {[<<195>>], [charlists: :as_charlists]}, {'abc', [printable_limit: 0]}, {[?a, "bé"], [charlists: :as_charlists, printable_limit: 2]}, {[?a, ?b | ?c], [printable_limit: 2]}, {'ab', [printable_limit: 2]}] do
  try do
    IO.puts(inspect(t, o))
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
