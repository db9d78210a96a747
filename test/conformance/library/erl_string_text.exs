# :string in everyday use: parsing a config-ish text with Erlang's string functions
text = "  name = Widget  \n  price= 19.99\n count =42 \n\n tags = a, b ,c\n"
lines = :string.lexemes(text, '\n')
parsed =
  for line <- lines, :string.trim(line) != "" do
    [k, v] = :string.split(line, "=")
    {:string.trim(k) |> String.to_atom(), :string.trim(v)}
  end
IO.inspect(parsed)
{price, ""} = :string.to_float(parsed[:price])
{count, ""} = :string.to_integer(parsed[:count])
IO.inspect({price * count, count})
tags = :string.lexemes(parsed[:tags], ', ') |> Enum.map(&:string.uppercase/1)
IO.inspect(tags)
report = for {k, v} <- parsed do
  [:string.pad(Atom.to_string(k), 8), "| ", :string.pad(v, 10, :leading), "\n"]
end
IO.write(IO.iodata_to_binary(report))
IO.puts(:string.titlecase("élan vital"))
IO.inspect(:string.length("e\u0301te\u0301"))
IO.inspect(:string.to_graphemes("e\u0301t"))
IO.inspect(:string.reverse("ab\r\nc"))
IO.inspect(:string.equal("Straße", "STRASSE", true))
IO.inspect(:string.casefold("Straße"))
IO.inspect(:string.slice("日本語テキスト", 2, 3))
IO.inspect(:string.find("a/b/c", "/", :trailing))
IO.inspect(:string.replace("1,2,3", ",", " + ", :all) |> IO.iodata_to_binary())
IO.inspect(:string.split("key: value: more", ": ", :trailing))
IO.inspect(:string.take("   indented", ' '))
IO.inspect(:string.to_integer("+17 apples"))
IO.inspect(:string.to_float("-2.5e-3rest"))
IO.inspect(:string.pad("日本", 5, :both, ?-) |> IO.chardata_to_string())
IO.inspect(:string.trim("\u00a0 nbsp \u00a0"))
IO.inspect(:string.is_empty(["", [[]], ""]))
IO.inspect(:string.nth_lexeme("alpha beta gamma", 3, ' '))
IO.inspect(:string.prefix('--verbose', '--'))
