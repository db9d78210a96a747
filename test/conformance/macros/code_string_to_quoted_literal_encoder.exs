# Code.string_to_quoted's literal_encoder: which literals the parser hands to it (numbers, atoms, strings, charlists, lists, pairs, keyword keys in keyword format, do/end sections' keywords), with what metadata, in what order, and its {:error, reason}
enc = &{:ok, {:__block__, &2, [&1]}}
for s <- ["foo(a: 1, b: [2, 3])", "if x do\n 1\nelse\n 2\nend", "{1, 2}\n{1, 2, 3}", "'abc'\n\"x#{1}y\"", "-1.5 + :a", "x = \"\"\"\nhi\n\"\"\"", "[a: :b, c: nil]", "%{\"k\" => true}", "fn x -> {:ok, x} end", "<<1::8, \"s\">>", "@doc false", ":\"quoted atom\"", "try do\n 1\nrescue\n _ -> 2\nafter\n 3\nend", "case x, do: (1 -> 2)", "[1 | 2]", "foo.bar(1)[0]", "~w(a b)a", "?a"] do
  IO.inspect Code.string_to_quoted(s, literal_encoder: enc)
  IO.inspect Code.string_to_quoted!(s, literal_encoder: enc, columns: true)
end
IO.inspect Code.string_to_quoted("[1, 2]", literal_encoder: fn lit, m -> IO.inspect({lit, m}, label: "enc"); {:ok, lit} end)
IO.inspect Code.string_to_quoted("[1, :a, 3]", literal_encoder: fn :a, _ -> {:error, "no atoms"}; l, _ -> {:ok, l} end)
try do
  Code.string_to_quoted!("[1, :a, 3]", literal_encoder: fn :a, _ -> {:error, "no atoms"}; l, _ -> {:ok, l} end)
rescue
  e -> IO.inspect(e)
end
