# Code.string_to_quoted with token_metadata: and literal_encoder: together (as Sourceror-style tools call it): a number's token text, a string's delimiter (a heredoc's with its indentation), a list's or pair's closing bracket go to the encoder in its meta, and end_of_expression goes on what the encoder made of a literal when that has meta
enc = &{:ok, {:__block__, &2, [&1]}}
for s <- ["foo(a: 1, b: [2, 3])", "if x do\n 1\nelse\n 2\nend", "{1, 2}\n{1, 2, 3}", "'abc'\n\"x#{1}y\"", "-1.5 + :a", "x = \"\"\"\n  hi\n  \"\"\"", "[a: :b, c: nil]", "%{\"k\" => true}", "fn x -> {:ok, x} end", "<<1::8, \"s\">>", "@doc false", "[\n  1,\n  2\n]\n:ok", "1_000\n0x1F\n?a\n1.5e3", "[1, {2, 3}]\n\"s\"\n3.0"] do
  IO.inspect Code.string_to_quoted(s, literal_encoder: enc, token_metadata: true), label: inspect(s)
  IO.inspect Code.string_to_quoted!(s, literal_encoder: enc, token_metadata: true, columns: true)
end
IO.inspect Code.string_to_quoted("[1, 2]\n3", token_metadata: true, literal_encoder: fn lit, m -> IO.inspect({lit, m}, label: "enc"); {:ok, lit} end)
