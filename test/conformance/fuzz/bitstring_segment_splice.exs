# a <<...>> segment is spliced into the <<>> around it, in patterns as in constructions; written
# ::binary, a size Elixir can count to a remainder of bits is a CompileError at expansion (beamlet
# matched a <<>> pattern segment as an integer, and raised ArgumentError at run time)
<< <<x::8>> >> = <<1>>
IO.inspect(x)
<< <<a::3>>, b::5 >> = <<1>>
IO.inspect({a, b})
<< <<c::3>>::bits, d::5 >> = <<255>>
IO.inspect({c, d})
<< <<e::4, f::4>>::binary, g::binary >> = "abc"
IO.inspect({e, f, g})
y = Function.identity(1)
IO.inspect(<< << <<1::3>> >>::binary >>)
IO.inspect(<< <<y::3, y::5>>::binary >>)

for src <- [
      "<< <<1::3>>::binary >>",
      "<< <<1, 2::3>>::binary >>",
      "<< <<1::little-signed-size(3)>>::bytes >>",
      "<< <<1.5::float-16, 1::1>>::binary >>",
      "<< <<\"ab\", 1::size(2)-unit(3)>>::binary >>",
      "<< <<?a::utf8, 1::1>>::binary >>",
      "<< <<1::3>>, <<2::5>>::binary >>",
      "<< <<\"a\"::utf16, 1::1>>::binary >>",
      "<< <<-1::7-unsigned-big>>::binary >>",
      "x = \"a\"; << <<x::bytes-size(1)-unit(1), 1::3>>::binary >>",
      "x = 1; << <<(x + 2)::3>>::binary >>",
      "<< <<x::3>>::binary >> = <<1>>",
      "<< <<1::8-unit(1), 1::3>>::binary >>"
    ] do
  try do
    Code.eval_string(src)
  rescue
    e in CompileError -> IO.puts(Exception.message(e))
  end
end
