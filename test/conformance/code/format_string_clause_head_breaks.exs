# Elixir 1.14's formatter keeps a line break the source wrote after a binary operator in a `->`
# clause's pattern or guard (`x ==\n 4 ->`): the clause no longer fits on one line with its body,
# the operand goes under the pattern 4 columns in (the clause nests its head, the operator its
# operand), a guard goes under the pattern; a pattern too long for its line breaks the same way
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.("cond do\n  x == 2 -> :a\n  x ==\n    4 ->\n    :b\nend")
t.("cond do\n  x ==\n    4 -> :a\n  true -> :c\nend")
t.("case a do\n  x when x ==\n   4 -> 1\n  _ -> 2\nend")
t.("case a do\n  x when is_integer(x) and\n   x > 4 -> 1\nend")
t.("fn x when x ==\n 4 -> 1 end")
t.("fn x ==\n 4 -> 1 end")
t.("receive do\n  {:a, b} when b <>\n \"c\" == \"d\" -> :ok\nend")
t.("case a do\n  [x] ++\n    y -> 1\nend")
a = String.duplicate("a", 50)
t.("cond do\n  #{a} == #{a} -> :b\nend")
t.("case x do\n  #{a} <> #{a} -> :b\nend")
t.("case x do\n  x when #{a} <> #{a} -> :b\nend")
t.("cond do\n  x ==\n      4 ->\n    :a\nend")
