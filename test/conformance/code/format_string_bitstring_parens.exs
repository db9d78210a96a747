# A bitstring's first segment starting with << (or ~) and its last ending in >> go in parentheses, of
# a value::spec segment only the value (first) or the spec (last), a binary generator as a whole;
# in Code.format_string! and Macro.to_string alike
src = ~S'''
IO.inspect(<<(<<1>>)::little>>)
IO.inspect(<<(<<1, 2>>)::big, 3>>)
IO.inspect(<<(<<1>>)::bytes, (<<x::4>>)>>)
IO.inspect(<<(<<1::3>>), 1>>)
IO.inspect(<<(<<x, x::3>>), <<>>::binary>>)
<<(<<c::3>>)::bits, d::5>> = <<255>>
y = <<1, ~s(ab)>>
z = <<1, (<<2>>)>>
IO.inspect(for <<(<<y::8>> <- bin)>>, do: y)
IO.inspect(for <<(<<x::8>>)::bitstring <- bin4>>, do: x)
IO.inspect(for x <- [1], <<(<<y::8>> <- bin)>>, do: {x, y})
'''

IO.puts(Code.format_string!(src))
IO.puts("-----")
src |> Code.string_to_quoted!() |> Macro.to_string() |> IO.puts()
IO.puts(Macro.to_string(quote(do: <<(<<1>>)::little, 2, (<<3>>)>>)))
