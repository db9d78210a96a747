# :unicode.characters_to_nf{c,d,kc,kd}_{binary,list}/1: normal forms of chardata; a binary that is
# not UTF-8 ends the text ({:error, done, rest}), other bad chardata is OTP's badarg
for f <- [:characters_to_nfc_binary, :characters_to_nfd_binary, :characters_to_nfkc_binary, :characters_to_nfkd_binary, :characters_to_nfc_list, :characters_to_nfd_list, :characters_to_nfkc_list, :characters_to_nfkd_list] do
  IO.inspect({f, apply(:unicode, f, ["e\u0301ﬁ Å"]), apply(:unicode, f, [[?a, "ﬁ", [0x212B]]])})
end
IO.inspect(String.normalize("ﬁ", :nfkc))
IO.inspect :unicode.characters_to_nfc_list(["a", <<0xFF>>])
IO.inspect :unicode.characters_to_nfc_binary(["ab", <<0xFF, ?c>>, ?d])
IO.inspect :unicode.characters_to_nfd_binary(<<"e", 0xCC, 0x81, 0xFF>>)
try do
  :unicode.characters_to_nfkc_binary(:atom)
rescue e -> IO.inspect({e, hd(__STACKTRACE__)})
end
try do
  :unicode.characters_to_nfc_binary([?a, -1])
rescue e -> IO.inspect({e, hd(__STACKTRACE__)})
end
