# :string.next_codepoint/1 and next_grapheme/1 on chardata holding bytes that are no UTF-8: the
# {:error, rest} OTP 25 answers, and where a cluster ends before such bytes, the rest it leaves
inputs = [
  next_codepoint: [<<255>>],
  next_codepoint: <<255, 97>>,
  next_codepoint: [<<97>>, [<<255>>]],
  next_codepoint: [[<<255>>], 97],
  next_grapheme: [<<255>>],
  next_grapheme: [?a, <<255>>],
  next_grapheme: <<97, 255>>,
  next_grapheme: [?e, 0x301, <<255>>],
  next_grapheme: [0x3A3, <<255>>],
  next_grapheme: <<0xCE, 0xA3, 255>>,
  next_grapheme: ["e", <<0xCC, 0x81, 255>>],
  next_grapheme: [?\r, <<255>>]
]

for {f, a} <- inputs, do: IO.inspect({f, a, apply(:string, f, [a])})
