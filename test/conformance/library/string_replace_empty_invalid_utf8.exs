# String.replace(string, "", replacement) when either side is no valid UTF-8: Elixir 1.14 hands
# the chardata [r, g1, r, ..., r] (graphemes as code points) to :unicode.characters_to_binary/1
# and returns its answer ({:error, ...} for a bad replacement); an invalid byte in the string splits
# it into pieces converted alone, and a piece that does not convert fails the <> (ArgumentError).
# Also :unicode.characters_to_binary of a list of one binary, whose error rest is that binary's.
cases = [
  {"ß", <<97, 200>>},
  {"ab", <<200>>},
  {"", <<200>>},
  {"é", <<0xFF>>},
  {"e\u0301x", <<200, 201>>},
  {"\r\nq", <<0xFF>>},
  {<<200>>, "-"},
  {"a" <> <<200>>, "-"},
  {"ab" <> <<200>> <> "c", "-"},
  {"a" <> <<0xE2, 0x82>> <> "b", "-"},
  {"e\u0301" <> <<200>>, <<200, 201>>},
  {<<200>>, <<200>>},
  {<<200>> <> "a", <<0xFF>>},
  {"ab", "-"},
  {"ab", ""}
]

for {s, r} <- cases, global <- [true, false] do
  try do
    IO.inspect(String.replace(s, "", r, global: global))
  rescue
    e -> IO.puts(Exception.format(:error, e, __STACKTRACE__) |> String.split("\n") |> Enum.take(7) |> Enum.join(" | "))
  end
end

for x <- [[<<255>>], [<<97, 255>>], [<<200>>], ["a", <<255>>], [[<<255>>]], [97, <<255>>], [<<255>> | "a"]] do
  IO.inspect({x, :unicode.characters_to_binary(x), :unicode.characters_to_binary(x, :utf8), :unicode.characters_to_list(x)})
  IO.inspect({:unicode.characters_to_binary(x, :unicode, :unicode), :unicode.characters_to_binary(x, :unicode, :utf16)})
end
