# Code.format_string! keeps the parentheses the parser keeps: (not a) in b (bare it reads
# not(a in b)), a lone (unquote_splicing(x)) in an expression or a do/end body; in a bitstring
# segment's spec a word that is no type, sign or endianness is written as a call (x::n()*4)
IO.puts Code.format_string!(~S'''
(!a) in b
(not a) in b
(not a) not in b
(-a) in b
not a in b
!a in b
quote(do: (unquote_splicing(x)))
quote do
  unquote_splicing(x)
end
<<1::x*3, 2::size(x)*4, y::x-size(4), z::binary-size(n)*2, w::n*m, q::x>>
<<a::_*4, b::_foo*2, c::_, d::__MODULE__, e::foo_>>
<<a::integer, c::bits, e::binary, f::bytes, g::utf8, j::signed, l::little, n::native, o::size, q::foo, r::integer(), t::size(8)-unit(2)>>
''')
IO.puts Macro.to_string({:__block__, [], [{:unquote_splicing, [], [{:x, [], nil}]}]})
IO.puts Macro.to_string({:in, [], [{:__block__, [], [{:not, [], [{:x, [], nil}]}]}, 1]})
IO.puts Macro.to_string(quote(do: <<1::x*3, a::foo, b::binary, c::x-size(4)>>))
