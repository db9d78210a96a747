# Elixir 1.14's tokenizer takes only its allowed identifier characters in atoms, variables, calls
# and keyword keys (UTS 39 Identifier_Status=Allowed): `:Ϩ` and `:ƀ` are refused at the colon,
# `:a·b` and the micro sign (read as Greek mu) are taken; a capital of another script starts an
# atom or keyword key, never a variable; a character that may not continue a name refuses the
# name with it, reported a column early inside an atom, with the NFKC spelling as hint when that
# spelling reads as a name (of the whole name, else of the character alone)
srcs = [
  ":Ϩ", ":ƀ", ":ƅ", "ƅ = 1", ":a·b", "a·b = 1", ":µ", "µ", "aµ", ":é", "é", ":Ólá", "Ólá", "[Ólá: 1]",
  "[ólá: 1]", "Ώ", "Ώx", "x = Ώ", ":Ώ", ":aͰ", "aͰ", "x = :aͰ", "x = :a@Ͱ", "x = a?Ͱ", "x.aͰ", "f(aͰ)",
  "[aͰ: 1]", "x = aª", "x = :é\u00A0", "x = Ab\u00A0", "AbͰ", "x = é\u00A0", "aϕ", ":aϕ", "aʱ",
  "a\u037A", "a\u00A8", "a\u0300b", ":a\u0308", "ab\u0327c", ":𝒜", "x = :𝒶", "a𝒜", ":aǅ", "ǅ",
  "a\u00B2", "aℕ", "aĲ", "ﬁle", "a?b", ":a!b", "日本 = 1", ":日本", "ٹ", "a→b", "x\u2003= 1",
]

for src <- srcs do
  IO.inspect({src, Code.string_to_quoted(src)})
end

IO.inspect([:a·b, :"µ", :"aµ", :μ, :"a·", :"ª", :"ǅ", :"Ϩ", :"ƀx", :"a\u0300", :à])
µ = 1
IO.inspect(binding())
IO.inspect(Macro.classify_atom(:"µ"))
IO.inspect(Macro.classify_atom(:a·b))
Code.eval_string("IO.inspect :Ϩ")
