# fn clauses whose arguments are in parentheses followed by a guard (`(a, b) when a > b ->`):
# the guard takes all the arguments, on one line or several
f = fn (a, b) when a > b -> a
  (a, _) -> -a end
IO.inspect({f.(2, 1), f.(1, 2)})

g = fn
  (a, b) when is_integer(a) and is_integer(b) -> a + b
  (a, b) when a > b -> a
  (_, b) -> b
end

h = fn
  () when true -> :none
end

IO.inspect({g.(1, 2), g.(:b, :a), g.(:a, :b), h.()})
IO.inspect(Code.string_to_quoted("fn (a, b) when a > b -> a end"))
IO.inspect(Code.string_to_quoted("fn\n  (a, b) when a > b ->\n    a\n  (a) when\n a -> 1\nend", columns: true))
IO.inspect(Code.string_to_quoted("fn () when true -> 1 end"))
IO.inspect(Code.string_to_quoted("fn (a, b) when a > b, c -> a end"))
IO.inspect Code.string_to_quoted("fn (a, b) when -> 1 end")
IO.inspect Code.string_to_quoted("fn (a, b) when a b -> 1 end")
IO.inspect Code.string_to_quoted("fn (a, b) when a\n -> 1 end")
IO.inspect Code.string_to_quoted("fn (1, 2) when\n a -> 1 end")
IO.inspect Code.string_to_quoted("fn (a) when a, b -> 1 end")
