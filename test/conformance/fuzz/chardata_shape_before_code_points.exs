# Chardata is judged whole before its code points, as OTP's unicode BIFs walk it (found by
# fuzz-diff seed 31001: to_string([{{-1.5}}, 3.0, "q", -13]) returned a garbage binary where
# Elixir raises ArgumentError): a tuple, float, bitstring or improper tail anywhere is badarg even
# after a bad code point; only a big integer ends the walk ({:error, ...} whatever follows).
# List.to_charlist/1's UnicodeConversionError carries what converted before (a charlist), and
# raise UnicodeConversionError, encoded:, rest:, kind: words its message from rest.
show = fn f ->
  try do
    inspect(f.())
  rescue
    e -> "#{inspect(e.__struct__)}: #{e |> Exception.message() |> String.split("\n") |> hd()}" <> if(is_struct(e, UnicodeConversionError), do: " #{inspect(e.encoded)}", else: "")
  end
end

lists = [
  [{{-1.5}}, 3.0, "q", -13], [{1}, -13], [-13, {1}], [?a, -13, {1}], [?a, [-1 | {1}]], [?a, -1 | :x],
  [-13, 1.5], [0xD800, {1}], [0x110000, {1}], [<<255>>, -1, {1}], [?a, <<255>>], [<<1::3>>],
  [?a, <<1::3>>, -1], [?a | <<1::3>>], ["é", <<0xC3>>], [<<0xC3>>, "a"], [-1, <<195>>],
  [2 ** 70, -1, {1}], [-1, 2 ** 70, {1}], [?a, 2 ** 70 | :x], [?a, [2 ** 70], {1}],
  [2 ** 70, <<1::3>>], [-(2 ** 70), {1}], ["a", [-1]], [256], [?a, 256, ?b], [?a, [300 | "x"]]
]

for l <- lists do
  IO.puts(inspect(l))
  IO.puts("  to_binary/1  " <> show.(fn -> :unicode.characters_to_binary(l) end))
  IO.puts("  to_list/1    " <> show.(fn -> :unicode.characters_to_list(l) end))
  IO.puts("  latin1 in    " <> show.(fn -> :unicode.characters_to_binary(l, :latin1) end))
  IO.puts("  latin1 list  " <> show.(fn -> :unicode.characters_to_list(l, :latin1) end))
  IO.puts("  List.to_string   " <> show.(fn -> List.to_string(l) end))
  IO.puts("  to_string        " <> show.(fn -> to_string(l) end))
  IO.puts("  List.to_charlist " <> show.(fn -> List.to_charlist(l) end))
  IO.puts("  interpolation    " <> show.(fn -> "<#{l}>" end))
end

for rest <- [[{{1}}, -13], "\xFF", [-1, 2], [["\xC3"], 1], [], :x] do
  IO.puts(show.(fn -> raise UnicodeConversionError, encoded: "ab", rest: rest, kind: :invalid end))
end
