# :string.split/2,3, :string.replace/3,4 and :string.find/2,3 of a binary holding invalid UTF-8:
# OTP 25 searches the pattern in the bytes (at grapheme boundaries: a space followed by a
# combining mark is no match) and returns the parts with the invalid bytes as they were, without
# raising. beamlet gave U+FFFD (<<239, 191, 189>>) in their place.
inputs = [
  <<255, " ab">>,
  <<" ", 255, "a ">>,
  <<"a ", 255, " b">>,
  <<"a", 255, " ">>,
  <<" a ", 255>>,
  <<" a", 0xC3, "  ">>,
  <<"a \r", 0x80, " ">>,
  <<" ", 0xCC, 0x81, 255>>,
  <<"x", 0xED, 0xA0, 0x80, " y", 0xF4, 0x90, 0x80, 0x80>>,
  "valid \uFFFD text"
]

for x <- inputs do
  IO.inspect(x, label: "input")
  IO.inspect(:string.split(x, " "), label: "  split")
  IO.inspect(:string.split(x, " ", :all), label: "  split all")
  IO.inspect(:string.split(x, " ", :trailing), label: "  split trailing")
  IO.inspect(:string.replace(x, " ", "_", :all), label: "  replace all")
  IO.inspect(:string.find(x, " "), label: "  find")
  IO.inspect(:string.find(x, " ", :trailing), label: "  find trailing")
  IO.inspect(:string.find(x, "a"), label: "  find a")
end
