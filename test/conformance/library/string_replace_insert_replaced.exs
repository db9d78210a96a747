# String.replace/4's deprecated :insert_replaced option still works in Elixir 1.14: it warns (at
# run time, with a stack trace) and inserts the matched part into the replacement at each position
IO.inspect(String.replace("aaa", "a", "b", insert_replaced: 0))
IO.inspect(String.replace("abc", "b", "[]", insert_replaced: 1))
IO.inspect(String.replace("abc", "b", "[]", insert_replaced: [0, 2]))
IO.inspect(String.replace("abcb", ["b", "c"], "<>", insert_replaced: 1, global: false))
# not for the empty pattern, a regex, or a nil option: those replace as usual, without a warning
IO.inspect(String.replace("abc", "", "-", insert_replaced: 0))
IO.inspect(String.replace("abc", ~r/b/, "-", insert_replaced: 0))
IO.inspect(String.replace("abc", "b", "-", insert_replaced: nil))
