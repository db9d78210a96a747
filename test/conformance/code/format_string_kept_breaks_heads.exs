# A line break the source wrote after `and` (an operator whose break Elixir 1.14's formatter
# keeps) in a definition's guard puts `when` under the head and keeps the break (do/end and do:
# forms), and in the condition of if/unless/case lays the condition out after the name; a stage
# after `|> ` indents what it opens from the line's start (an fn's clauses may use the 3 columns
# of `|> `); a unary operator keeps the parentheses around a stepped range (-(1..9//2)).
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.("def f(x) when is_integer(x) and\n                tap(x) == 1 do\n  x\nend")
t.("def f(x) when is_integer(x) and\n                tap(x) == 1,\n    do: x")
t.("defp g(x) when is_atom(x) or\n  is_nil(x), do: x")
t.("def f(x) when is_integer(x) when is_atom(x) and\n  x != nil, do: x")
t.("if is_integer(x) and\n   tap(x) == 1 do\n  :ok\nend")
t.("unless a or\n  b do\n  :ok\nend")
t.("case a ||\n  b do\n  _ -> :ok\nend")
t.("defmodule A do\n  def f(group, acc) do\n    group\n    |> Enum.reverse()\n    |> Enum.reduce(acc, fn\n      tag, acc when is_atom(tag) -> put_tag(acc, tag, true)\n      kw, acc when is_list(kw) -> Enum.reduce(kw, acc, fn {k, v}, acc -> put_tag(acc, k, v) end)\n    end)\n  end\nend")
t.("defmodule A do\n  def f(group, acc) do\n    group\n    |> Enum.reverse()\n    |> Enum.reduce(acc, fn\n      tag, acc when is_atom(tag) -> put_tag(acc, tag, true)\n      kw, acc when is_list(kw) -> Enum.reduce(kw, acc, fn {k, v}, acc -> put_tag(acc, kkkk, v) end)\n    end)\n  end\nend")
t.("x\n|> Enum.map(fn y -> some_long_function_name(y, another_argument, yet_another_argument_here) end)")
t.("x\n|> Enum.map(fn y -> some_long_function_name(y, another_argument, yet_another_argument_here1) end)")
t.("-(1..9//2)\n-(a..b//c)\n!(1..2)\n-(1..9)")
IO.puts(Macro.to_string(quote(do: -(1..9//2))))
