# Grapheme clusters as Unicode 14 (Elixir 1.14, OTP 25) draws them: a consonant after a virama
# starts a new cluster (Unicode 15.1's rule GB9c, which later hosts' segmenters follow, joins them)
words = ["क्ष", "क्‍ष", "क़्ष", "क्षत्रिय", "স্ত", "ક્ષ", "କ୍ଷ", "క్ష", "ക്ഷ", "नमस्ते", "ؐक्ष", "a\u094Dक", "e\u0301क्"]

for w <- words do
  IO.inspect({w, String.graphemes(w), String.length(w)})
  IO.inspect({String.reverse(w), String.slice(w, 1, 2), String.at(w, 1), String.next_grapheme(w)})
  IO.inspect({:string.to_graphemes(w), :string.length(String.to_charlist(w)), :string.reverse(w)})
  IO.inspect({:string.next_grapheme(String.to_charlist(w)), :string.slice(w, 1), :string.split(w <> "-" <> w, "-", :all)})
end

IO.inspect(String.split("क्ष क्ष", ""), limit: :infinity)
IO.inspect(String.pad_leading("क्ष", 4, "."))
IO.inspect(:string.pad("क्ष", 4, :both, ?.))
IO.inspect(String.graphemes(String.duplicate("क्ष", 3) <> "a"))
