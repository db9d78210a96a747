# the message of a failed binary construction is OTP's iolist_to_binary of its ~ts text: a code
# point up to 255 in the inspected value becomes one byte (latin1, so the message is not UTF-8),
# one past 255 leaves no words and the ArgumentError says only "argument error" (beamlet kept the
# UTF-8 text; found by fuzz-diff seed 16001, where elixir's IO.puts of such a message then failed).
# A bitstring whose bits are not whole units of a binary segment is the :unit cause ("the size of
# the value ... is not a multiple of the unit"; beamlet said "expected a binary").
for v <- [%{a: "é"}, ["é"], {"é"}, :"é", ~c"é", [233], %{a: "😀"}, :"😀", {"é", "😀"}, <<"ü", 1::1>>, 1.5] do
  try do
    IO.inspect("a" <> Function.identity(v))
  rescue
    e in ArgumentError -> IO.inspect(e.message, binaries: :as_binaries, limit: :infinity)
  end
end

for v <- [<<1::1>>, <<1, 2::3>>, "abc", <<1, 2, 3::7>>] do
  for f <- [fn -> <<"a", v::binary, 1>> end, fn -> <<v::binary-size(1)>> end, fn -> <<v::binary-unit(16)>> end, fn -> <<v::bits-size(9)>> end] do
    try do
      IO.inspect(f.())
    rescue
      e in ArgumentError -> IO.puts(e.message)
    end
  end
end
