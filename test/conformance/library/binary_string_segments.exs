# A literal string in a binary takes a utf type (each character encoded) or a binary type.
IO.inspect(<<"é"::utf8>>)
IO.inspect(<<"é"::utf16>>)
IO.inspect(<<"éa"::utf32>>)
IO.inspect(<<"hé"::utf16-little>>)
IO.inspect(<<"𝄞"::utf16>>)
IO.inspect(<<"𝄞x"::utf16-little, "y"::binary, 1>>)
IO.inspect(<<"ab"::bits, "c"::bytes, "d"::bitstring>>)
<<x::utf8, rest::binary>> = "été"
IO.inspect({x, rest})
case "héllo" do
  <<"h"::utf8, r::binary>> -> IO.inspect(r)
end
case <<0, 104, 0, 105, 0, 33>> do
  <<"hi"::utf16, rest::binary>> -> IO.inspect(rest)
end
f = fn <<"ab"::utf32-little, _::binary>> -> :yes; _ -> :no end
IO.inspect({f.(<<"ab"::utf32-little>>), f.("ab")})
