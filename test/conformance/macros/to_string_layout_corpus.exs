# Macro.to_string/1 line breaking on a fixed corpus of tricky ASTs (no generator, no randomness):
# calls nested in broken calls, clauses that break together, `=` with a block or call on its
# right, operator chains, tuples of 2 and more elements, keywords as a tuple's last element,
# keyword values under their key, binaries of any bytes, for/with heads, remote operator names
long = String.duplicate("x", 60)
short = String.duplicate("y", 30)

cases = [
  quote(do: to_debug = (a = 1; b = 2)),
  quote(do: x = case y do 1 -> :a; 2 -> :b end),
  quote(do: case x do [] -> :ok; _ -> IO.warn("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa " <> "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb " <> "cccccccccccccccccccccccc") end),
  quote(do: case x do [] -> :ok; _ -> :error end),
  quote(do: case x do [] -> :ok; _ -> (a = 1; b = a) end),
  quote(do: def f(x) do IO.puts(unquote(long) <> unquote(long)) end),
  quote(do: dbg(case x do 1 -> 2 end)),
  quote(do: f(case x do 1 -> 2 end)),
  quote(do: f(a, case x do 1 -> 2 end)),
  quote(do: {:value, "s", case x do 1 -> 2 end}),
  quote(do: {:a, :b, unquote(long), unquote(long)}),
  quote(do: {:a, unquote(long), unquote(long)}),
  quote(do: {unquote(long), unquote(long)}),
  quote(do: {:a, [k: v]}),
  quote(do: {:a, [k: v, j: w]}),
  quote(do: {[k: v], :a}),
  quote(do: {[k: v]}),
  quote(do: {:a, b, [k: v]}),
  quote(do: {:a, [1, 2]}),
  quote(do: f({:a, [k: v]})),
  quote(do: [{:a, [k: v]}]),
  quote(do: %{a: {:b, [c: 1]}}),
  quote(do: foo(bar(unquote(long), unquote(long)), baz)),
  quote(do: foo(bar(unquote(long)), baz(unquote(long)))),
  quote(do: foo(a, bar(b, baz(unquote(long), unquote(long), unquote(long))))),
  quote(do: Enum.map(list, fn x -> some_function_name(x, unquote(long)) end) |> Enum.filter(fn y -> y end)),
  quote(do: if(x, do: unquote(long) <> unquote(long), else: :b)),
  quote(do: x = [unquote(long), unquote(long)]),
  quote(do: x = some_call(unquote(long), unquote(long))),
  quote(do: x = unquote(long) <> unquote(long)),
  quote(do: x = fn a -> some_function_name(a, unquote(long), unquote(long)) end),
  quote(do: x = {:a, unquote(long), unquote(long)}),
  quote(do: x = %{a: unquote(long), b: unquote(long)}),
  quote(do: x = if(a, do: b, else: c)),
  quote(do: f(unquote(long <> long <> long))),
  quote(do: x = unquote(long <> long <> long)),
  quote(do: fn a, b -> g(unquote(long), unquote(long)) end),
  quote(do: fn 1 -> unquote(long); 2 -> unquote(long) <> unquote(long) end),
  quote(do: fn 1 -> :a; 2 -> :b end),
  quote(do: with({:ok, a} <- f(unquote(long)), {:ok, b} <- g(unquote(long)), do: a + b)),
  quote(do: for(x <- unquote(long), y <- unquote(long), do: {x, y})),
  quote(do: a and (b or c) and unquote(long) == unquote(long)),
  quote(do: unquote(long) == unquote(long) + unquote(long)),
  quote(do: [unquote(long) | unquote(long)]),
  quote(do: f(x) |> g(unquote(long)) |> h(unquote(long))),
  quote(do: foo(unquote(long), fn x -> x end)),
  quote(do: foo(unquote(long), unquote(long), key: unquote(long))),
  quote(do: foo(a, key: unquote(long), key2: unquote(long))),
  quote(do: foo(unquote(long), key: unquote(long))),
  quote(do: foo(a, b, key: unquote(long) <> unquote(long))),
  quote(do: foo(key: unquote(long), key2: unquote(long))),
  quote(do: assert_raise(ArgumentError, unquote(long), fn -> unquote(long) end)),
  quote(do: <<1, 2, 3, unquote(long), unquote(long)>>),
  quote(do: receive do {:a, x} -> x after 100 -> unquote(long) <> unquote(long) end),
  quote(do: cond do a -> 1; true -> f(unquote(long), unquote(long)) end),
  quote(do: try do f(unquote(long), unquote(long)) rescue e -> e end),
  quote(unquote: false, do: unquote(target).unquote(as)(unquote_splicing(args))),
  quote(do: {unquote(short), [key: unquote(short), other: unquote(short), more: unquote(short)]}),
  quote(do: %{re: {:re_pattern, 0, 0, 0, unquote(long <> long)}, z: 1}),
  quote(do: [a: {:re_pattern, 0, 0, 0, unquote(long <> long)}, z: 1])
]

for {q, i} <- Enum.with_index(cases) do
  IO.puts("-- #{i}")
  IO.puts(Macro.to_string(q))
end

IO.puts("-- built")

built = [
  {{:foo, [], [1]}, [], [2]},
  {{:x, [], nil}, [], [2]},
  {{{:., [], [A, :b]}, [], [1]}, [], [2]},
  {{:., [], [Kernel, :{}]}, [], [1]},
  {{:., [], [Kernel, :{}]}, [], []},
  {{:., [], [Kernel, :@]}, [], [1]},
  {{:., [], [Kernel, :&]}, [], [1]},
  {{:., [], [Kernel, :"=>"]}, [], [1, 2]},
  {{:., [], [Kernel, :..]}, [], [1, 2]},
  {{:., [], [Kernel, :"not in"]}, [], [1, 2]},
  {{:., [], [Kernel, :"~~~"]}, [], [1]},
  {{:., [], [{:__aliases__, [], [Elixir, :Kernel]}, :@]}, [], [{:doc, [], [false]}]},
  :"\\\\",
  :"..//",
  :"not in",
  [{:"\\\\", 1}, {:"..//", 2}],
  String.duplicate("ab\0", 40),
  <<"é", 0, 255, 7, 27, 10, 9>>,
  <<1, 2, 3>>,
  String.duplicate(<<200>>, 40),
  {:re_pattern, 0, 0, 0, String.duplicate("ab\0", 40)},
  %{re: {:re_pattern, 0, 0, 0, String.duplicate("ab\0", 40)}, z: 1}
]

for ast <- built, do: IO.puts(Macro.to_string(Macro.escape(ast, unquote: true)))
for ast <- Enum.take(built, 12), do: IO.puts(Macro.to_string(ast))
