# `<<...>> <> rest` in a pattern: a literal <<>> of whole bytes on the left is spliced, as Kernel.<>
# expands it (beamlet refused it); chains of <> flatten
<<x::binary-size(1)>> <> rest = "abc"
IO.inspect({x, rest})
<<y::8>> <> rest2 = "abc"
IO.inspect({y, rest2})
(<<z::binary-size(1)>> <> "b") <> rest3 = "abc"
IO.inspect({z, rest3})
("a" <> "b") <> rest4 = "abc"
IO.inspect(rest4)
IO.inspect(match?(<<_::8>> <> _, "a"))
f = fn <<a::binary-size(2)>> <> "c" -> a; _ -> :no end
IO.inspect({f.("abc"), f.("abd")})
case "abc" do
  <<a, b>> <> rest -> IO.inspect({a, b, rest})
end
<<1, 2>> <> r = <<1, 2, 3>>
IO.inspect(r)
