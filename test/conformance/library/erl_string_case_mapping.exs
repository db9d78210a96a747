for s <- ["ǆa", "ßa", "ﬁne", "ᾳx", "ა", "ǈ", "ŉ", "e\u0301x", "", 'ǆa', "ΐ", "i", "ǰ"] do
  IO.inspect {s, :string.titlecase(s), :string.uppercase(s), :string.lowercase(s), :string.casefold(s)}
end
IO.inspect :string.lowercase("ΣΑΣ İ")
IO.inspect :string.uppercase("ᾳ ǅ ﬀ")
IO.inspect :string.to_upper('straße é ǆ')
IO.inspect :string.to_lower([?À, ?É, ?\s, ?Σ])
IO.inspect :string.titlecase("𐐨x")
IO.inspect :string.uppercase(["a", ?b | "c"])
