# A binary generator written inside parentheses, `<<(<<y::8>> <- bin)>>`: its pattern is a <<>>
# whose segments are spliced into the generator's own, as in any bitstring pattern.
bin = <<1, 2>>
IO.inspect(for <<(<<y::8>> <- bin)>>, _x <- [1], do: y)
IO.inspect(for <<(<<y::8>> <- bin)>>, do: y)
IO.inspect(for <<(<<a::4, b::4>> <- bin)>>, do: {a, b})
IO.inspect(for <<(<<y::8>> <- bin)>>, y > 1, do: y)
IO.inspect(for <<(<<y::8>> <- bin)>>, x <- [1, 2], y > 1, do: {x, y})
IO.inspect(for x <- [1], <<(<<y::8>> <- bin)>>, do: {x, y})

bin4 = <<1, 2, 3, 4>>
IO.inspect(for <<(<<a, b>> <- bin4)>>, do: a + b)
IO.inspect(for <<(<<a::binary-size(1), b>> <- bin4)>>, do: {a, b})
IO.inspect(for <<(<<a::4, b::4>>), c::8 <- bin4>>, do: {a, b, c})
IO.inspect(for <<(<<x::8>>)::bitstring <- bin4>>, do: x)
IO.inspect(for <<(<<a::4, b::4>> <- bin4)>>, <<(<<c::bitstring-size(2), _::6>> <- <<255>>)>>, a > 0 or b > 2, do: {a, b, c})
IO.inspect(for <<(<<a::4, b::4>> <- bin4)>>, into: "", do: <<b, a>>)
IO.inspect(for <<(<<x::8>> <- bin4)>>, into: %{}, do: {x, x * 2})
IO.inspect(for <<(<<x::8>> <- bin4)>>, reduce: 0, do: (acc -> acc + x))
IO.inspect(for <<(<<x::8>> <- bin4)>>, uniq: true, do: rem(x, 2))
IO.inspect(for <<(<<x::8>> <- bin4)>>, _y <- [:a], into: "", do: <<x>>)
# a partial last element is skipped, as with any binary generator
IO.inspect(for <<(<<a::3, b::3>> <- <<255, 0>>)>>, do: {a, b})
