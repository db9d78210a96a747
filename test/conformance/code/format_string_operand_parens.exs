# Elixir 1.14's formatter: an operand in parentheses too long for its line is laid out inside
# them (`(a\n |> b\n |> c)`, `(b + c +\n   d)`); a call without parentheses on the left of an
# operator takes them when the operation breaks (`for(x <- l, do: ...) <>\n  "\n"`); an element
# of a tuple laid out over lines leaves a column for the comma after it (the `}` after the last
# one may pass the width).
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.(~S'''
def f do
  IO.puts(
    "#{f}(#{inspect(a)}, #{inspect(b)}): " <>
      (Exception.format(:error, e, __STACKTRACE__) |> String.split("\n") |> Enum.take(3) |> Enum.join(" | "))
  )
  x = a + (b |> some_long_function_name(argument_one, argument_two) |> other_function(argument_three, argument_four))
  x = a * (b + some_long_function_name(argument_one, argument_two) + other_function(argument_three, argument_four))
end
''')
t.(~S'''
def render(cells, {w, h}) do
  for y <- 0..(h - 1), into: "" do
    (for x <- 0..(w - 1), into: "", do: if(MapSet.member?(cells, {x, y}), do: "█", else: "·")) <> "\n"
  end
end
x = (for x <- y, do: x) <> "\n"
''')
t.(~S'''
for f <- calls do
  try do
    M.g(f)
  rescue
    e -> IO.inspect({e.__struct__, Exception.message(e) |> String.replace(~r/#(Reference|PID|Function)<[^>]*>/, "#\\1<...>"), Enum.take(__STACKTRACE__, 3)})
    e -> IO.inspect({e.__struct__, Enum.take(__STACKTRACE__, 3), Exception.message(e) |> String.replace(~r/#(Reference|PID|Functio)<[^>]*>/, "#\\1<..>")})
  end
end
''')
t.("assert_receive {:DOWN, ^ref, :process, _, {:EXIT, {%RuntimeError{message: \"backend failed\"}, [{Crashy, :handle_event, 2, _} | _]}}}")
