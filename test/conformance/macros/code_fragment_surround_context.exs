# Code.Fragment.surround_context/3 on names, dots, aliases, operators, sigils, atoms, arities and
# positions past the text's lines, as Elixir 1.14.0 answers
inputs = [
  {"foo", [1, 2, 3, 4]},
  {"foo.bar", [1, 3, 4, 5, 7, 8]},
  {"Foo.Bar.baz(1)", [1, 3, 4, 5, 8, 9, 12, 13, 14]},
  {"__MODULE__.Foo", [1, 3, 10, 11, 12, 15]},
  {"foo!", [1, 3, 4, 5]},
  {"foo?(x)", [1, 4, 5, 6]},
  {"@attr.x", [1, 2, 5, 6, 7]},
  {":atom", [1, 2, 5, 6]},
  {":\"quoted atom\"", [1, 2, 5]},
  {"%Struct{a: 1}", [1, 2, 5, 8, 9, 10]},
  {"~r/abc/", [1, 2, 3, 5]},
  {"a + b", [1, 2, 3, 4, 5]},
  {"a |> b()", [1, 2, 3, 4, 6]},
  {"x && y", [1, 3, 4, 6]},
  {"foo bar", [1, 4, 5, 7]},
  {"&foo/2", [1, 2, 4, 5, 6]},
  {"a\nb.c\nd", [1, 2]},
  {"  hello_world  ", [1, 3, 8, 14, 15]},
  {"x.y.z", [1, 2, 3, 4, 5]},
  {"\"string\"", [1, 3]},
  {"123", [1, 2]},
  {"Enum.map(list, &(&1 + 1))", [1, 5, 6, 9, 10, 16, 17, 20]},
  {"def foo(a), do: a", [1, 3, 5, 8, 9, 17]},
  {"alias Foo.{Bar, Baz}", [1, 7, 11, 12, 17]},
  {"foo.(1)", [1, 3, 4, 5]},
  {"Foo", [1, 3, 4]},
  {"unquote(x)", [1, 8, 9]},
  {"...", [1, 2]},
  {"a::b", [1, 2, 3, 4]},
  {"é_var = 1", [1, 2, 3]}
]
for {text, cols} <- inputs, col <- cols do
  IO.inspect({text, col, Code.Fragment.surround_context(text, {1, col})})
end
IO.inspect(Code.Fragment.surround_context("a\nb.c\nd", {2, 3}))
IO.inspect(Code.Fragment.surround_context("a\nb.c\nd", {3, 1}))
IO.inspect(Code.Fragment.surround_context("a\nb.c\nd", {4, 1}))
IO.inspect(Code.Fragment.surround_context("foo", {1, 2}, []))
for t <- ["a\nb.c\nd", "a\nbb", "x", "a\nb\n", "foo.bar(1)\n  baz"], l <- 1..4, c <- [1, 2, 3, 5] do
  IO.inspect({t, l, c, Code.Fragment.surround_context(t, {l, c})})
end
for t <- ["a::b", "a :: b", "x::y::z", "~w(a b)", "~r/x/i", "Foo.bar/2", "&Mod.fun/1", "a/b", "a / b", "x = y", "x == y", "x ~> y", "<<a::8>>", "%{a: 1}", "[a: 1]", "fn x -> x end", "@doc false", "a.b.C", ":erlang.now()", "x |> y |> z"], c <- 1..String.length(t) do
  IO.inspect({t, c, Code.Fragment.surround_context(t, {1, c})})
end
