# :string.casefold/1 is Unicode's full case folding, a code point at a time: ẞ folds to ss, final
# ς to σ (no final-sigma context), Cherokee to its capitals, dotless ı to itself; equal/3,4 ignore
# case through it. (The ranges checked are those Unicode 14, OTP 25's, has assigned.)
for s <- ["ẞ", "ß", "Straße", "ΣΑΣ ς", "İ", "ı", "Ꭰꭰᏸ", "ﬁ", "ŉ", "ΐ", "Ǆǅǆ", "ᾼ", "K", "Å", "ſ", "ẞx", "ΌΣΟΣ"] do
  IO.inspect({s, :string.casefold(s), :string.casefold(String.to_charlist(s))})
end
IO.inspect(:string.equal("STRASSE", "straße", true))
IO.inspect(:string.equal("ꭰ", "Ꭰ", true))
IO.inspect(:string.equal("ı", "I", true))
IO.inspect(:string.equal("ΌΣΟΣ", "όσος", true, :nfc))
folded = fn range -> for c <- range, (f = :string.casefold([c])) != [c], do: {c, f} end
for range <- [0..0x1C88, 0x1C90..0x2FFF, 0xA640..0xA7C9, 0xAB70..0xABBF, 0xFB00..0xFFFF, 0x10400..0x104FF, 0x1E900..0x1E943] do
  l = folded.(range)
  IO.inspect({range, length(l), :erlang.phash2(l)})
end
