# Graphemes of text below U+0300 (Latin-1, Latin Extended, IPA, spacing modifier letters) are its
# characters, but CR LF: beamlet counts them without its host's segmenter. Texts near the edge:
# controls (U+0085, soft hyphen), U+02FF, a combining mark U+0300 after them, CR LF, CR alone,
# invalid bytes, and big texts (past the 64 KB chunks)
texts = [
  "héllo wörld",
  "a\r\nb\rc\nd",
  "\u0085\u00AD\u00A0ÿ\u0100ʰ\u02FF",
  "e\u0301\u02FF\u0300x",
  "ab" <> <<255>> <> "é",
  "\r\n\r\n\r",
  "ǅǈǋ" <> String.duplicate("éa\r\n", 3),
  :binary.copy("é", 100_000),
  :binary.copy("ñ\r\nÅ", 40_000) <> "\u0301",
  :binary.copy("ÿ", 70_000) <> "\r\n" <> :binary.copy("Ā", 10)
]

for t <- texts do
  gs = String.graphemes(t)
  IO.inspect({String.length(t), length(gs), Enum.take(gs, 6), Enum.take(gs, -3), String.at(t, -1), String.slice(t, 2, 3), String.reverse(t) |> String.slice(0, 3)})
end
