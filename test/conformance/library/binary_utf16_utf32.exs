# <<x::utf16>> and <<x::utf32>> (big and little) built and matched; :unicode.characters_to_binary/3 to
# and from utf16/utf32
for cp <- [0, 97, 233, 0xFFFD, 0x1F600, 0x10FFFF] do
  IO.inspect({<<cp::utf16>>, <<cp::utf16-little>>, <<cp::utf32>>, <<cp::utf32-little>>})
  <<a::utf16, b::utf16-little, c::utf32, d::utf32-little>> = <<cp::utf16, cp::utf16-little, cp::utf32, cp::utf32-little>>
  IO.inspect({a, b, c, d})
end
IO.inspect(:unicode.characters_to_binary("héllo😀", :utf8, :utf16))
for <<c::utf16 <- <<"hé😀"::utf16>> >>, do: IO.inspect(c)
IO.inspect(match?(<<_::utf16>>, <<0xD8, 0x00>>))
IO.inspect(match?(<<_::utf32>>, <<0, 0x11, 0, 0>>))
IO.inspect(match?(<<_::utf16, _::binary>>, <<0xDC, 0x00, 0, 0>>))
<<1::1, y::utf16, _::7>> = <<1::1, 0x41::utf16, 0::7>>
IO.inspect(y)
IO.inspect(:unicode.characters_to_binary("héllo😀", :utf8, {:utf16, :little}))
IO.inspect(:unicode.characters_to_binary("héllo😀", :utf8, :utf32))
IO.inspect(:unicode.characters_to_binary(<<0, 104, 216, 61, 222, 0>>, :utf16, :utf8))
IO.inspect(:unicode.characters_to_binary(<<104, 0, 0, 0>>, {:utf32, :little}, :utf8))
IO.inspect(:unicode.characters_to_binary([104, 233], :utf16, :utf8))
IO.inspect(:unicode.characters_to_binary("hé", :unicode, :latin1))
