# :unicode.bom_to_encoding/1 and encoding_to_bom/1 fail in their clauses at unicode.erl's lines (175, 192), as OTP 25's
for {f, a} <- [{:bom_to_encoding, 1}, {:bom_to_encoding, :a}, {:encoding_to_bom, :foo}, {:encoding_to_bom, {:utf16, :x}}, {:encoding_to_bom, 1}] do
  try do
    IO.inspect(apply(:unicode, f, [a]))
  rescue
    e ->
      IO.puts(Exception.message(e) |> String.split("\n") |> hd())
      IO.inspect(hd(__STACKTRACE__))
  end
end
