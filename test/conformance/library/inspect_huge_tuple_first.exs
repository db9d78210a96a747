# A script's first inspect of a huge tuple (the kinds of term in it decide which of Inspect's
# modules load first: beamlet looked at all of its elements at once and hit a system limit)
x = Tuple.duplicate(0, 2_000_000)
IO.inspect(x)
IO.puts(inspect(x) |> byte_size())
IO.inspect(tuple_size(x))
