# :unicode.encoding_to_bom/1, bom_to_encoding/1, bin_is_7bit/1 (were undefined) and
# System.compiled_endianness/0 as OTP 25 / Elixir 1.14 answer them
for e <- [:utf8, :unicode, :latin1, :utf16, {:utf16, :big}, {:utf16, :little}, :utf32, {:utf32, :big}, {:utf32, :little}] do
  bom = :unicode.encoding_to_bom(e)
  IO.inspect({e, bom, :unicode.bom_to_encoding(bom <> "rest")})
end
IO.inspect(:unicode.bom_to_encoding(<<0xFF, 0xFE, 0>>))
IO.inspect(:unicode.bom_to_encoding(""))
IO.inspect({:unicode.bin_is_7bit("abc"), :unicode.bin_is_7bit("é")})
for bad <- [fn -> :unicode.encoding_to_bom(:utf7) end, fn -> :unicode.bom_to_encoding(:x) end, fn -> :unicode.bin_is_7bit(:x) end] do
  try do
    bad.()
  rescue e -> IO.puts(Exception.format_banner(:error, e) |> String.split("\n") |> hd())
  end
end
IO.inspect(:unicode.bin_is_7bit([1]))
IO.inspect(System.compiled_endianness())
