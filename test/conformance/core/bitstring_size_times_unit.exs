# `value::size*unit`, the shorthand of size(size)-unit(unit), in construction and in patterns,
# with a literal or a variable size (Elixir 1.14 accepts it; its size variable counts as used)
x = 3
IO.inspect <<1::x*3>>
IO.inspect <<1::3*3>>
<<a::2*4, b::bits>> = <<255, 1>>
IO.inspect {a, b}
IO.inspect <<1::integer-3*3-little>>
s = "ab"; IO.inspect <<s::binary-1*16>>
n = 2
<<c::n*4, _::bits>> = <<17>>
IO.inspect c
f = fn <<len::8, data::binary-len*8, rest::bits>> -> {data, rest} end
IO.inspect f.(<<2, "abc">>)
g = fn m -> <<y::m*2>> = <<3::4>>; y end
IO.inspect g.(2)
