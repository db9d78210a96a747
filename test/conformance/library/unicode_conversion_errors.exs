# :unicode.characters_to_binary/1,3 and characters_to_list/1 on chardata holding a code point
# that is no character ({:error, converted, rest} with rest kept as nested as the input) and on
# terms that are not chardata (an ArgumentError naming the argument).
inputs = [
  [97, 0xD800, 98], ["ab", [99, 0xD800, 100], "e"], [[97, [-1]], 5], ["é", 0x110000], [0xD800],
  [-1], ["a", 1.5], [97 | 98], [97 | "bc"], [0xD800, :a], [1.5], [97, :a], :a, 12, ["ok", 'fine']
]

for x <- inputs do
  for {name, f} <- [
        {"to_binary/3", &:unicode.characters_to_binary(&1, :unicode, :utf8)},
        {"to_binary/1", &:unicode.characters_to_binary/1},
        {"to_list/1", &:unicode.characters_to_list/1}
      ] do
    result =
      try do
        inspect(f.(x))
      rescue
        e -> "raised " <> inspect(e.__struct__) <> ": " <> Exception.message(e)
      end

    IO.puts("#{name}(#{inspect(x)}) -> #{result}")
  end
end
