# Macro.to_string/1: an fn as a trailing keyword's value in a call laid out over lines: a
# multi-clause fn opens on the key's line (key: fn\n  :a -> 1\nend), a one-clause fn stays whole
for src <- ["foo(a, b, key: fn x -> do_something_long(x, with_many_arguments, and_more_arguments_here) + another end)", "foo(a, b, key: fn\n :a -> 1\n :b -> 2 end)", "foo(a, b, key: fn\n :a -> 1\n :b -> 2 end, other: 1)", "foo(key: fn\n :a -> 1\n :b -> 2 end)"] do
  IO.puts(Macro.to_string(Code.string_to_quoted!(src) |> Macro.prewalk(fn {a, m, b} when is_list(m) -> {a, [], b}; x -> x end)))
end
