# @ applied to @, to prefix operators and to a capture, as Elixir 1.14's parser nests them
srcs = ["@@a", "@ @a", "@@a(1)", "@@a.b", "@@a 1", "@-a", "@!a", "@(a)", "@@@a[1]", "@&a", "@&a + 1",
  "@-a + 1", "@-a.b", "@@a[1][2].c", "@@a |> f", "@\n@a", "@@a[1] 2", "@not a", "@^a", "@@a do 1 end",
  "@~~~a", "@+a", "@@__MODULE__", "@@A", "@@:a", "@@1", "@@a.b(1)", "@@a(1)(2)"]
for src <- srcs do
  IO.inspect(Code.string_to_quoted(src), label: inspect(src))
  IO.inspect(Code.string_to_quoted(src, columns: true), label: inspect(src) <> " columns")
end
