# identifiers of one script, or of Latin with Han and kana / Bopomofo / Hangul, are accepted;
# atoms Elixir's tokenizer would refuse are printed quoted
αβγ = 1
привет_1 = 2
a漢字カナひら = 3
a한 = 4
aㄅ漢 = 5
ひら = 6
IO.puts(αβγ + привет_1 + a漢字カナひら + a한 + aㄅ漢 + ひら)
IO.inspect([:αβγ, :"λx", :"λx?", :"aб@h", :ひら])
IO.inspect([αβγ: 1, "λx": 2])
IO.inspect(%{:"λx" => 1, привет: 2})
