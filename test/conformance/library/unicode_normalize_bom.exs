# A byte order mark (U+FEFF) is an ordinary character to :unicode's normalizers: it stays at the
# start of the result (beamlet's UTF-8 decoding dropped a leading one).
s = "\uFEFFabc"
for f <- [:characters_to_nfc_binary, :characters_to_nfd_binary, :characters_to_nfkc_binary, :characters_to_nfkd_binary, :characters_to_nfc_list, :characters_to_nfkd_list] do
  IO.inspect({f, apply(:unicode, f, [s]), apply(:unicode, f, [["\uFEFF", s]]), apply(:unicode, f, ["\uFEFF" <> <<255>>])})
end
IO.inspect(String.normalize(s, :nfd))
IO.inspect(:unicode.characters_to_binary([s, "\uFEFF"]))
