# A binary generator whose segment size reads a variable an earlier segment of the same generator binds
bin = <<2, "ab", 1, "c", 3, "xy">>
IO.inspect(for <<n, s::binary-size(n) <- bin>>, do: s)
IO.inspect(for <<x, x <- <<1, 1, 2, 3, 4, 4>> >>, do: x)
n = 5
IO.inspect(for <<n, s::binary-size(n) <- <<1, "a", 2, "bc">> >>, into: "", do: s)
IO.inspect(n)
IO.inspect(for <<(<<n, s::binary-size(n)>> <- <<1, "a", 2, "bc">>)>>, do: {n, s})
IO.inspect(for <<n::4, m::4, t::size(n)-unit(8), _::size(m)-unit(8) <- <<0x11, "ab", 0x02, "cd">> >>, do: t)
