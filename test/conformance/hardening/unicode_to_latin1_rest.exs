# :unicode.characters_to_binary(list, :unicode, :latin1) as OTP 25 walks the chardata: a negative
# integer before the first character latin1 cannot hold is a badarg; that character stops it with
# {:error, converted, rest}, rest keeping the list's nesting with the character wrapped in a list
# (beamlet answered {:error, ...} for a negative integer and gave the rest as a binary).
# Found by fuzz-diff seed 963021.
for {d, to} <- [{[?a, -1], :latin1}, {[?a, -1], :utf8}, {[?a, 2 ** 70], :utf8}, {[?a, 300], :latin1}, {[?a, 0x110000], :utf8}, {[?a, 0xD800], :utf8}, {[?a, [-1]], :utf8}, {[?a, "b", 256, -1], :latin1}, {["b", :x], :utf8}, {[?a | ?b], :utf8}] do
  r = try do
    :unicode.characters_to_binary(d, :unicode, to)
  rescue
    e -> {:raised, Exception.message(e)}
  end
  IO.inspect({d, to, r})
  r2 = try do
    :unicode.characters_to_list(d, :unicode)
  rescue
    e -> {:raised, Exception.message(e)}
  end
  IO.inspect(r2)
end
for d <- [[?a, "xĀy", ?b], ["é", [[300, ?c]], ?d], [?a, [?b, [256, ?c], ?d], ?e], "abĀc", [?a, 0x110000], [?a, 0xD800], [?a, 300, -1], [?a, [-1]], [?a | ?b], [?a, "b" | "c"], [?a, <<255>>]] do
  r = try do
    :unicode.characters_to_binary(d, :unicode, :latin1)
  rescue
    e -> {:raised, Exception.message(e) |> String.slice(0, 60)}
  end
  IO.inspect({d, r})
end
IO.inspect :unicode.characters_to_binary([97, [?b | "cĀ"], 3], :unicode, :latin1)
IO.inspect :unicode.characters_to_binary([97, [], [[]], "é"], :unicode, :latin1)
IO.inspect :unicode.characters_to_binary([97, 2 ** 70], :unicode, :latin1)
IO.inspect :unicode.characters_to_binary([97, <<0xC3>>], :unicode, :latin1)
