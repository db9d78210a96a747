# :unicode.characters_to_binary/list on invalid UTF-8: what converts before it, then
# {:error, done, rest} (rest: the binary from the bad byte, then what remains of each list around
# it) or {:incomplete, done, bytes} for a sequence cut at the very end; a cut sequence goes on in
# the next binary; a bitstring is no character data
ins = [<<255>>, <<?a, 255, ?b>>, <<?a, 0xC3>>, [?a, <<0xC3>>], [?a, <<255>>, ?b], [<<0xC3>>, <<0xA9>>], [<<0xC3>>, 0xE9], [<<0xC3>>, ?a],
  [[?a, <<255>>], ?b], [[?a, <<0xC3>>], ?b], [?x, [?a, <<0xC3>>]], [[?a, <<0xC3>>]], [<<?a, 0xE2, 0x82>>], <<0xE2, 0x82, ?a>>,
  <<0xED, 0xA0, 0x80>>, <<0xC0, 0x80>>, <<0xF4, 0x90, 0x80, 0x80>>, <<0xF0, 0x9F>>, "abc" <> <<0xF0>>, ["a" | <<0xC3>>], [?a | <<255>>],
  [<<1::3>>], [?a, <<?b, 1::3>>], [[], <<255>>], [<<255>>, -1], <<0xC3, 0xA9, 0xFF>>, [<<0xE9>>], <<?a, 0xE2, 0x82, ?b>>, <<0xF4, 0x90>>,
  <<0xED, 0xA0>>, <<0xC0>>, <<0xC1, 0x80>>, <<0xE0, 0x80>>, <<0xF5>>, <<0xF8>>, <<0x80>>, [<<0xC3>>, ?a, ?b], [<<0xC3>>, [<<0xA9>>]],
  [<<0xE2>>, <<0x82>>, ?a], [<<0xE2>>, <<0x82>>], [<<0xE2>>, <<0x82>>, <<0xAC, ?z>>], [<<0xC3>>, <<0xC3>>], [<<0xC3>>, <<?a>>],
  [<<0xC3>>, <<>>, <<0xA9>>], [<<0xC3>>, []], [<<0xC3>>, [], ?a], [<<255>>, :x], [<<0xC3>> | <<0xA9>>], [<<0xC3>> | <<?a>>],
  [?a, [?b, [<<255>>, ?c], ?d], ?e], [?a, [?b, [<<0xC3>>], ?d], ?e], [<<?a, 0xC3>>, ?b], ["ab", <<255>>], [[[<<0xC3>>]], ?q]]
for i <- ins do
  IO.inspect(i)
  for f <- [&:unicode.characters_to_binary/1, &:unicode.characters_to_list/1, &:unicode.characters_to_list(&1, :unicode)] do
    IO.inspect(try do f.(i) rescue e -> {:raised, e} end)
  end
end
:unicode.characters_to_binary(<<1::3>>)
