# An integer written in a float segment of a pattern matches the float it reads; conflicting
# specifiers (two types, endiannesses, signs, sizes or units) and specifiers a literal string
# cannot take are CompileErrors, in constructions and in patterns.
IO.inspect(match?(<<1::float>>, <<1.0::float>>))
IO.inspect(match?(<<1::float-32>>, <<1.0::float-32>>))
IO.inspect(match?(<<-2::float>>, <<-2.0::float>>))
IO.inspect(match?(<<-2::float-little>>, <<-2.0::float-little>>))
f = fn <<3::float, rest::binary>> -> {:three, rest}; _ -> :other end
IO.inspect(f.(<<3.0::float, "ok">>))
IO.inspect(f.(<<3.5::float, "ok">>))
<<1::float, 2::utf8>> = <<1::float, 2::utf8>>
IO.inspect(match?(<<233::utf8>>, "é"))

for code <- [
      "x = 1; <<x::little-big>>",
      "x = 1; <<x::signed-unsigned>>",
      "x = 1; <<x::size(8)-size(16)>>",
      "x = 1; <<x::size(8)-size(8)>>",
      "x = 1; <<x::unit(8)-unit(1)>>",
      "x = 1; <<x::integer-integer-big-big>>",
      "x = \"\"; <<x::bits-binary>>",
      "x = \"\"; <<x::binary-bytes>>",
      "x = 1; <<x::utf16-integer>>",
      "x = 1; <<x::integer-size(8)-float>>",
      "x = 1; <<x::foo-integer-float>>",
      "x = 1; <<x::integer-float-foo>>",
      "x = 1; <<x::native-little>>",
      "x = 1; <<x::8-size(16)>>",
      "<<x::little-big>> = <<1>>",
      "<<\"a\"::signed>>",
      "<<\"a\"::utf8-unsigned>>",
      "<<\"a\"::size(8)-signed>>",
      "<<\"a\"::unit(8)>>",
      "<<\"a\"::foo>>",
      "<<\"a\"::integer-size(8)>>",
      "<<\"a\"::integer-utf16>>",
      "<<\"a\"::little-foo>>",
      "<<\"a\"::utf16-little>>",
      "<<\"a\"::signed>> = \"a\"",
      "<<1.5::integer>> = <<1>>",
      "<<1::binary>> = <<1>>"
    ] do
  try do
    IO.inspect(Code.eval_string(code) |> elem(0))
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
