# Guards laid out as Elixir 1.14's formatter does: a defguard (or bodiless def) too long for its
# line puts `when guard` under its head, the guard's own lines two columns further in; a clause
# whose `when` the source put next to a line break keeps the guard under its pattern (case,
# receive, fn: every clause's body then goes under its head); a long or broken guard in a
# one-clause fn goes under its arguments (after `x = ` too); a line break after `fn` keeps the
# clause on lines of its own.
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.("defguard is_point(p) when is_tuple(p) and tuple_size(p) == 2 and is_number(elem(p, 0)) and is_number(elem(p, 1))")
t.("defguard is_point(p) when is_tuple(p) and tuple_size(p) == 2 and is_number(elem(p, 0)) and is_number(elem(p, 1)) and is_number(elem(p, 1)) and is_number(elem(p, 1))")
t.("defguardp is_small(a, b) when (b != a and elem(b, 0) > 1 and not is_nil(a)) or (a === b and -a < +b and rem(a, 2) == div(b, 3))")
t.("defguardp is_x(a) when a")
t.("def is_point(p) when is_tuple(p) and tuple_size(p) == 2 and is_number(elem(p, 0)) and is_number(elem(p, 1)) and is_number(elem(p, 1)) and is_number(elem(p, 1)) do\n 1\nend")
t.("x = fn p when is_tuple(p) and tuple_size(p) == 2 and is_number(elem(p, 0)) and is_number(elem(p, 1)) and is_number(elem(p, 1)) -> 1 end")
t.("foo a when is_tuple(p) and tuple_size(p) == 2 and is_number(elem(p, 0)) and is_number(elem(p, 1))")
t.("case x do\n  {:ok, value}\n  when is_integer(value) ->\n    value\n  other -> other\nend")
t.("case x do\n  {:ok, value} when\n  is_integer(value) ->\n    value\nend")
t.("case x do\n  {:ok, value} when is_integer(value) and is_integer(value) and is_integer(value) and is_integer(value) and is_integer(value) ->\n    value\nend")
t.("fn\n  {:ok, value}\n  when is_integer(value) ->\n    value\nend")
t.("fn\n  x -> x\nend")
t.("Enum.map(l, fn\n  x -> x\nend)")
t.("receive do\n  {:ok, value}\n  when is_integer(value) -> value\nend")
t.("x = fn {:ok, value}\n  when is_integer(value) -> value end")
t.("y = fn\n  a -> 1\n  b -> 2\nend")
