# :string on a Prepend code point (U+0600, it joins the cluster after it), slices of a binary that
# starts with CR, and separators given as binaries (never equal to a cluster), as OTP 25 answers
for t <- [[0x600 | ""], [0x600], [0x600, ""], [0x600, ?a, ?b], [0x600, 'a', "b"], [0x600, "ab"], [0x600, ?\n, ?b],
          [0x600, ["e", 0x301], ?b], [0x600, 0x600, ?a, ?b], "\u0600ab", [0x600, [], ""]] do
  IO.inspect({t, :string.next_grapheme(t), :string.length(t), :string.to_graphemes(t)})
end

for t <- ["\ra\u200d", "\r\nab", "\rab", "a\rb"], n <- 0..3 do
  IO.inspect({t, n, :string.slice(t, n), :string.slice(t, n, 2)})
end

IO.inspect(:string.take(" ..\r", [" ", ?a], true, :trailing))
IO.inspect(:string.take("\u094Da\u0937", [["a"]], true))
IO.inspect(:string.trim("  a  ", :both, [" "]))
IO.inspect(:string.lexemes("a b", [" "]))
