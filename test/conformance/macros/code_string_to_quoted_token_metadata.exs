# Code.string_to_quoted(text, token_metadata: true): the meta Elixir's parser adds from the tokens around a node: closing (calls with parentheses, {}, %{}, <<>>, fn, access, interpolations, parenthesised blocks), do/end, end_of_expression (the separator before the next expression, its line breaks counted afresh after a comment), newlines (after an opening bracket, fn or ->, around binary operators), last (an alias's last segment), delimiter and indentation (interpolated strings, charlists, atoms, heredocs)
srcs = [
  "foo(1, 2)\nbar do\n  :x\nend",
  "a = 1\n\n\nb = 2;c = 3\n",
  "a\n|> b()\n|> c",
  "a |>\n  b",
  "[\n  1,\n  2\n]",
  "{1, 2, 3}\n{\n\n1}",
  "%{a: 1}\n%Foo{\n a: 1}\n%{m | a: 1}",
  "<<1, 2>>",
  "fn x -> x end\nfn\n  x -> x\n  y -> y\nend",
  "a.b(c)\na.b\nf.(1)\nA.B.C.d()\nA.B",
  "x[1][\n2]",
  "if a do\n b\nelse\n c\nend",
  "def f(x) do\n  x\n  y\nend",
  "case x do\n  1 -> :a\n  2 ->\n    :b\n    :c\nend",
  "\"a\#{b}c\"\n'x\#{y}'\n:\"a\#{b}\"\n\"\"\"\n  h\n  \"\"\"",
  "(a; b)\n(\n a\n b\n)",
  "foo(\n  1)\nfoo bar(1)",
  "@foo 1\n&bar/1\n-x\nnot y",
  "x = fn -> 1 end; y",
  "__MODULE__.Foo\nfoo.Bar.Baz",
  "quote do\n  unquote(x)\nend",
  "foo(1)(2)",
  "1..2//3",
  "a.{B, C}",
  "f(a) do\n  1\nend",
  "~w(a b)a\n'abc'\n:\"quoted\"\n\"plain\"",
  "[a: 1, \"b\": 2]",
  "defmodule Foo.Bar do\n  @moduledoc false\n  alias Foo.{A, B}\n\n  def f(x) when is_integer(x) do\n    x\n    |> Kernel.+(1)\n    |> then(fn y ->\n      y * 2\n    end)\n  end\n\n  defp g(%{a: a} = m), do: %{m | a: a + 1}\nend\n",
  "~s(a\#{b}c)\n~r/x\#{y}/i\n\"\"\"\n  a\#{b}\n  \"\"\"\n'''\n  c\#{d}\n  '''",
  "x = %{\n  a: 1,\n  b: 2\n}\ny = [\n  1\n]",
  "f = fn\n  (a, b) when a > b -> a\n  (a, _) -> a\nend",
  "a.b do\n  1\nend\nf.(x) do\n 2\nend",
  "unquote(name)(arg) do\n  body\nend",
  "try do\n  x()\nrescue\n  e in RuntimeError ->\n    e\nafter\n  :ok\nend",
  "receive do\n  {:a, x} -> x\nafter\n  100 -> :t\nend",
  "for x <- [1, 2],\n    y <- [3],\n    do: x + y",
  "with {:ok, a} <- f(),\n     {:ok, b} <- g(a) do\n  b\nelse\n  _ -> nil\nend",
  "cond do\n  a -> 1\n  true -> 2\nend",
  "&(&1 + 1)\n&Mod.fun/2\n&local(&1, 2)",
  "<<a::size(8), b::binary>> = <<\n 1, 2>>",
  "{:ok,\n :x}\n{a, b, c} = {1, 2, 3}",
  "x[\"k\"][:j]\nmap.key.other\n@attr[:x]",
  "foo(a, b: 1,\n  c: 2)",
  "if x, do: y, else: z",
  "a =\n  b",
  "a ++\n\n\n  b",
  "case x do\n  a when a > 1 ->\n    :gt\n\n  _ ->\n    :le\nend",
  "1\n;2",
  "a; b\n\nc",
  "%Struct{} = s\n%__MODULE__{a: 1}\n%mod{}",
  "fn -> :ok end\nfn\n -> :ok\nend",
  "(fn x -> x end).(1)",
  "quote do\n  def unquote(n)(), do: unquote(v)\nend",
  "a\n\n# comment\n\nb\n# c\nc",
  "fn (a, b) when a > b -> a end",
]
for s <- srcs do
  IO.inspect(Code.string_to_quoted(s, token_metadata: true, columns: true), label: inspect(s))
  IO.inspect(Code.string_to_quoted(s, token_metadata: true), label: "no columns")
end
ops = ~w(= + * / ++ -- .. <> and or && || == != === < > <= >= |> <<< >>> ~> <~ in when :: | <- \\\\ ** =~ &&& ||| ~>> <<~ <~>)
for op <- ops do
  {:ok, {_, m1, _}} = Code.string_to_quoted("a #{op}\n b", token_metadata: true)
  {:ok, {_, m2, _}} = Code.string_to_quoted("a\n\n #{op} b", token_metadata: true)
  IO.puts("#{op} #{inspect(m1[:newlines])} #{inspect(m2[:newlines])}")
end
IO.inspect Code.string_to_quoted!("f(\n 1\n)", token_metadata: true, columns: true)
IO.inspect Code.string_to_quoted_with_comments("a(1) # c\nb", token_metadata: true)
deep = String.duplicate("f(", 100) <> "x" <> String.duplicate(")", 100)
{:ok, q} = Code.string_to_quoted(deep, token_metadata: true, columns: true)
IO.inspect Macro.prewalk(q, [], fn n, acc -> {n, [elem(n, 1) | acc]} end) |> elem(1) |> Enum.take(3)
deep = String.duplicate("[{", 80) <> "x" <> String.duplicate("}]", 80)
IO.inspect Code.string_to_quoted(deep, token_metadata: true, columns: true) |> inspect(limit: :infinity) |> :erlang.md5() |> Base.encode16()
deep = String.duplicate("%{a: ", 70) <> "1" <> String.duplicate("}", 70)
IO.inspect Code.string_to_quoted(deep, token_metadata: true) |> inspect(limit: :infinity) |> :erlang.md5() |> Base.encode16()
