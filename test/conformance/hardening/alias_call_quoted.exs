# An alias followed by `(` (with or without a space, after a dot, at any depth) is a SyntaxError of
# Elixir's tokenizer; what Code.string_to_quoted/1 returns for it, and what stays valid
for s <- ["Foo(1)", "Foo (1)", "Foo.Bar(1)", "x.Foo(1)", "Foo()", "__MODULE__.Foo(1)", "a = Foo(\n1)",
          "Elixir.Foo(1)", "[1, Foo(2)]", "Foo.bar(1)", "Foo[1]", "Foo.Bar.baz(1)", "Foo.Bar", "foo(Foo)"] do
  IO.inspect(Code.string_to_quoted(s), label: inspect(s))
end

try do
  Code.string_to_quoted!("def MixedCase(x), do: x")
rescue
  e -> IO.puts(inspect(e.__struct__) <> ": " <> Exception.message(e))
end

# string_to_quoted!/1's exceptions carry the line in error as their snippet
for s <- ["foo(", "x = \n foo(1, ))", "\"abc", "Foo(1)"] do
  try do
    Code.string_to_quoted!(s)
  rescue
    e ->
      IO.inspect(e)
      IO.puts(Exception.message(e))
  end
end
