# Elixir 1.14's tokenizer counts an escaped interpolation `\#{` inside interpolating text
# (strings, charlists, quoted atoms and keys, heredocs, lowercase sigils) as one column, so what
# follows on that line is reported two columns further left for each one (beamlet counted the
# three characters); `\\#{` (an escaped backslash, then a real interpolation) and ~S(...) count
# as written
for code <- [
      ~S|x = "\#{a}" )|,
      ~S|x = "\#{a}\#{b}" )|,
      ~S|x = '\#{a}' )|,
      ~S|x = :"\#{a}" )|,
      ~S|x = %{"\#{a}": 1} )|,
      ~S|x = [a: "\#{a}"] )|,
      ~S|x = ~s(\#{a}) )|,
      ~S|x = ~r/\#{a}/ )|,
      ~S|x = ~S(\#{a}) )|,
      ~S|x = "\\#{a}" )|,
      ~S|x = "\#" )|,
      ~S|x = "\#{a} #{)}"|,
      ~S|x = ~s(\#{a}) +|,
      ~S|x = "a\nb\#{a}" <> "\#{" )|,
      "x = \"\"\"\n  \\\#{a} \#{)}\n\"\"\"\n",
      "x = \"a\n\\\#{b}\" )"
    ] do
  IO.inspect(Code.string_to_quoted(code))
end
IO.inspect(Code.string_to_quoted!(~S|{"\#{a}", b}|, columns: true))
