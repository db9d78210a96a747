# String.split/replace of binaries past 64 KB take the chunked path (vm/bifs/string_chunked.ts): parts,
# matches that straddle a chunk's end, several patterns (leftmost-longest), parts:, trim:, global: false
for unit <- ["abcab", "xyzzy", "aab", "é-", "ab"], pats <- [["ab"], ["b", "ab"], ["zz", "z"], ["-"], ["bca"]], parts <- [:infinity, 3, 70_000], trim <- [true, false] do
  s = String.duplicate(unit, 40_000)
  a = String.split(s, pats, parts: parts, trim: trim)
  b = String.replace(s, pats, "<>")
  c = String.replace(s, pats, "!", global: false)
  IO.puts("#{unit} #{inspect(pats)} #{parts} #{trim}: #{length(a)} #{:erlang.phash2(a)} #{byte_size(b)} #{:erlang.phash2(b)} #{:erlang.phash2(c)}")
end
