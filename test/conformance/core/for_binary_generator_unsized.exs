# a binary generator's segment needs a size, the last one too
IO.inspect(for <<a::binary-size(1), b::bits-size(4) <- "abc">>, do: {a, b})
IO.inspect(for <<a::binary <- "ab">>, do: a)
