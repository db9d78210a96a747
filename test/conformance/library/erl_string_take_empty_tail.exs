# :string.take/4 from the end of lists whose last binary is followed by empty chardata: OTP 25
# keeps that empty rest (<<>>, [<<>>]) in the part taken
inputs = [
  {[127997, [54620, "aAक"], ""], [?\s]},
  {[[4520, 4449, "é क", [["bb2"]] | ""]], [233]},
  {["ab", ""], [?x]},
  {["ab", [""]], [?x]},
  {["a b", ""], [?\s]},
  {[?a, "bc", [], ""], [?z]}
]

for {t, seps} <- inputs, complement <- [true, false] do
  IO.inspect({t, complement, :string.take(t, seps, complement, :trailing)})
end
