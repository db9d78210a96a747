# String.valid?/1 of a bitstring that is no binary is false (beamlet: true when its whole bytes
# were valid), and List.ascii_printable?/1 of anything but a list fails in its /2 clause.
for b <- [<<1::3>>, <<97, 1::3>>, "é", <<255>>, "", :a, 'abc'] do
  IO.inspect({b, String.valid?(b)})
end

for l <- ['abc', [], [?a | ?b], 1..2, "abc", %{}] do
  try do
    IO.inspect({l, List.ascii_printable?(l)})
  rescue
    e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
  end
end
