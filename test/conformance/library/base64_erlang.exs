# Erlang's :base64 (OTP 25) on binaries and charlists: round trips, whitespace, padding, mime
# decoding's leniency, and the errors bad input gets (printed as the exception and its message),
# over fixed cases and a few hundred seeded random strings.
defmodule B64Check do
  def show(label, f) do
    result =
      try do
        inspect(f.())
      rescue
        e -> "raised " <> inspect(e.__struct__) <> ": " <> Exception.message(e)
      end

    IO.puts(label <> " -> " <> result)
  end

  @funs [:decode, :decode_to_string, :mime_decode, :mime_decode_to_string]

  def all_decoders(input) do
    for f <- @funs, do: show("#{f}(#{inspect(input)})", fn -> apply(:base64, f, [input]) end)
    charlist = if is_binary(input), do: :binary.bin_to_list(input), else: input
    for f <- @funs, do: show("#{f}(#{inspect(charlist)})", fn -> apply(:base64, f, [charlist]) end)
  end
end

for data <- ["", "f", "fo", "foo", "foob", "fooba", "foobar", <<0, 255, 128, 7>>, String.duplicate("xyz", 40)] do
  enc = :base64.encode(data)
  IO.inspect({data, enc, :base64.encode_to_string(data), :base64.encode(:binary.bin_to_list(data))})
  IO.inspect({:base64.decode(enc) == data, :base64.decode_to_string(enc) == :binary.bin_to_list(data), :base64.mime_decode(enc) == data})
end

IO.inspect(:base64.encode_to_string('hello world'))

# encoding lists that are not bytes, and things that are not lists or binaries
for input <- [[104, "ab"], [300], [1, 2, 3000], [-1], [1, 2, -5], [1.5], [1 | 2], [1, 2, 3 | 4], [1, 2, 3, 4 | :x], :foo, <<1::1>>, 12, [255, 255, 255, 255]] do
  B64Check.show("encode(#{inspect(input)})", fn -> :base64.encode(input) end)
  B64Check.show("encode_to_string(#{inspect(input)})", fn -> :base64.encode_to_string(input) end)
end

fixed = [
  "aGVsbG8=", "aGVsbG8", "aGVsb G8=", "aGVs\nbG8=", "aGV!bG8=", "aGVsbG8==", "a===", "ab==", "ab=",
  "abc", "a", "ab=c", "aGVsbG8=extra", "aGVs\r\nbG8", "ab-_", "=abc", "ab==\n", "ab== x", "abc=\t",
  "Zm9v\tYmFy", "  Zm9vYmFy  ", "Zm9vYmFy====", "Zm=9vYmFy", "Zm9vY=mFy", "%%%%", "ab\x80d", "",
  "===", "====", "ab=\n=", "abc==", "a=b=c=d="
]

for input <- fixed, do: B64Check.all_decoders(input)

for input <- [:x, 12, <<1::1>>, 'ab' ++ :x, [97, 98, 99 | 100], [97, 98.0, 99, 100], [97, 98, 99, 300], [97, 98, 99, -1], [97, :y], 'ab==' ++ [32 | 5]] do
  for f <- [:decode, :decode_to_string, :mime_decode, :mime_decode_to_string] do
    B64Check.show("#{f}(#{inspect(input)})", fn -> apply(:base64, f, [input]) end)
  end
end

:rand.seed(:exsss, {11, 22, 33})
alphabet = 'ABCabcxyz0189+/=== \n\t-_!*' ++ [128, 200]

for _ <- 1..300 do
  len = :rand.uniform(14) - 1
  input = for _ <- 1..len//1, into: "", do: <<Enum.at(alphabet, :rand.uniform(length(alphabet)) - 1)>>
  B64Check.all_decoders(input)
end
