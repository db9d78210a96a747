# Macro.to_string/2 (deprecated): the printer from before the formatter, `fun` called with every
# node and its text (its answer stands for the node): calls keep their parentheses (`if(a) do`),
# blocks indented by two, clauses with their body under them, no line breaking
identity = fn _ast, text -> text end

exprs = [
  quote do
    def f(x, y \\ 1) when is_integer(x) do
      case x do
        1 -> [a: 1, b: "s"]
        _ -> %{x | y: -y} |> Enum.map(&(&1 + 1))
      end
    end
  end,
  quote(do: f('abc', [1, 2 | 3], {1, 2}, {1, 2, 3}, ~w(a b)a, ~S(x\y), "a#{b}c", <<1, x::8>>)),
  quote(do: g(x.y, x.y(), Foo.bar, a[b], &f/1, &M.f/2, &(&1 + 1), not (x in y), -(-x), !x, a..b//c)),
  quote(do: h(fn x -> x end, fn -> 1 end, (a; b), %{a: 1}, %{1 => 2}, %S{a: 1}, %{m | a: 1}, x when y)),
  quote do
    fn x -> a; b end
    fn x, y -> a; z -> b end
    case x do 1 -> a; 2 -> (b; c) end
    try do x rescue e -> y catch a, b -> c after z end
    unquote(:foo)(1)
    (fn x -> x end).(1)
    a.{b, c}
    'a\n"b'
    :"a b"
    x = if a do b else c end
    receive do after 1 -> 2 end
  end,
  quote(do: a..b//(c + d)),
  quote(do: (a + b) * c - d / (e - f) ** 2),
  quote(do: @doc("x")),
  quote(do: @attr),
  quote(do: Kernel."weird name"(1)),
  quote(do: [do: 1, else: 2]),
  quote(do: if(x, do: 1, else: 2)),
  quote(do: ~r/a(b)c/i),
  quote(do: <<(<<1>>), x::binary-size(4)>>)
]

for e <- exprs, do: IO.puts(Macro.to_string(e, identity) <> "\n---")

# the fun sees every node: parentheses around additions, brackets around lists
IO.puts(Macro.to_string(quote(do: a + b * (c + d)), fn
  {:+, _, _}, text -> "<" <> text <> ">"
  _, text -> text
end))

IO.puts(Macro.to_string(quote(do: foo(1, [2, 3], {4, 5})), fn
  ast, text when is_list(ast) -> "[" <> text <> "]"
  _, text -> text
end))

# its answer may be anything printable as text
IO.puts(Macro.to_string(quote(do: x + y), fn
  {:x, _, _}, _ -> "X"
  _, text -> text
end))
