# Which non-ASCII characters an atom may hold unquoted (Elixir 1.14: Unicode 14 identifier
# characters restricted to the UTS 39 allowed set): single characters and after "a".
IO.inspect([:"Ϩ", :"ϩ", :"ⲁ", :"aⲁ", :"é", :"ǆ", :"µ", :"ſ", :"ĳ", :"Ⅻ", :"a·", :"·a", :"ᎠᎡ", :"日本", :"ꀀ"])
aμ = 2
IO.inspect({aμ, :aμ, :μш})
IO.inspect([{:"Ϩ", 1}, {:"ш", 2}], label: "keyword")

bit = fn s -> if String.starts_with?(inspect(String.to_atom(s)), ":\""), do: ?q, else: ?u end

for {lo, hi} <- [{0x80, 0x5FF}, {0x1E00, 0x1FFF}, {0x2C00, 0x2DFF}, {0xA640, 0xA7FF}, {0x10400, 0x104FF}] do
  line = for c <- lo..hi, into: "", do: <<bit.(<<c::utf8>>), bit.("a" <> <<c::utf8>>)>>
  IO.puts("#{Integer.to_string(lo, 16)}..#{Integer.to_string(hi, 16)}")
  line |> String.codepoints() |> Enum.chunk_every(128) |> Enum.each(&IO.puts(Enum.join(&1)))
end
