# Nested <<...>> segments Elixir splices into a binary pattern (whole bytes, or a bitstring
# segment), and <> with a <<...>> on the right
x = "abcd"
"a" <> <<y::8, z::binary>> = x
IO.inspect({y, z})
"a" <> <<y::binary>> = x
IO.inspect(y)
<<"a", (<<y::4, z::bits>>)::bits>> = x
IO.inspect({y, z})
<<"a", (<<y::8, z::binary>>)::binary>> = x
IO.inspect({y, z})
<<"a", (<<y::4, z::bits>>)>> = x
IO.inspect({y, z})
"a" <> <<y::utf8, z::binary>> = x
IO.inspect({y, z})
"a" <> <<y::size(4)-unit(2), z::binary>> = x
IO.inspect({y, z})
f = fn "a" <> <<y::binary-size(2), _::binary>> -> y end
IO.inspect(f.(x))
