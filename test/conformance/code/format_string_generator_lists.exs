# Elixir 1.14's formatter: a keyword's fn value that fits alone but not after its key breaks after
# its head (`key: fn ->\n  body\nend`); a generator's list holding an fn over lines (a forced
# break) opens one element a line after `for x <- [`; an empty line inside something laid out
# after a name (a block in an fn of such a list) stays empty, without indentation.
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.("for {name, f} <- [\n      binary_to_list: fn -> :erlang.binary_to_list(b) end,\n      binary_to_list3: fn -> {:erlang.binary_to_list(b, 1, 2), :erlang.binary_to_list(b, 1, 3)} end\n    ] do\n  :ok\nend")
t.("x = [binary_to_list3: fn -> {:erlang.binary_to_list(b, 1, 2), :erlang.binary_to_list(b, 1, 3)} end, b: 1]")
t.("for f <- [fn -> Map.fetch!(%{b: 1}, :a) end, fn -> case 1 do 2 -> :ok end end, fn -> List.first(:x) end] do\n  f.()\nend")
t.("for {name, f} <- [self: fn -> :erlang.suspend_process(self()) end, dead: fn ->\n  d = spawn(fn -> :ok end)\n\n  {d, receive do m -> m after 100 -> :none end}\nend] do\n  IO.inspect({name, f.()})\nend")
