# Elixir 1.14's formatter: `x = fn a -> body end` too long for its line opens the fn after `=`
# (body under it) rather than moving it under; a first argument over several lines before
# keywords puts every argument on a line of its own (f(\n  g(fn ->\n ...\n  end),\n  k: v\n));
# a last fn opens on the call's line only when `fn arg ->` fits there; a do/end call's argument
# laid out over lines (for x <- [\n ...) lines up after the name, its elements that much narrower.
t = fn s -> IO.puts(Code.format_string!(s)); IO.puts("---") end
t.(~S'show = fn f -> IO.puts(f |> inspect() |> String.replace(~r/^#Function<(\d+)\.\d+/, "fun<\\1.U")) end')
t.(~S'show = fn f, g when is_integer(f) -> IO.puts(f |> inspect() |> String.replace(~r/^#Function<(\d+)\.\d+/, "fun<\\1.U")) end')
t.("defmodule A do\n  def f do\n    show = fn -> IO.puts(f |> inspect() |> String.replace(~r/^#Function<(\\d+)\\.\\d+/, \"fun<\\\\1.U\")) end\n  end\nend")
t.("IO.inspect(watch(fn ->\n  a = flag(:trap_exit, true)\n  bar(self(), a)\nend), label: \"trapping exit(self, custom)\")")
t.("foo(%{\n  a: 1\n},\n  k: v)\nfoo(bar(1,\n  2),\n  k: v)\nfoo(fn -> 1 end,\n  k: v)\nfoo(\"\"\"\nabc\n\"\"\",\n  k: v)")
t.("x = [\n  [\n    [\n      Stream.transform(s, fn -> 0 end, fn x, a -> {[x + a], a + 1} end, fn a -> {[a], a} end, fn _ -> :ok end)\n    ]\n  ]\n]")
t.("Stream.transform([[1, 2], [3]], fn -> 0 end, fn x, a -> {x, a} end, fn a -> {[a], a} end, fn _ -> :okk end)")
t.("for st <- [\n  Stream.drop_every(s, 2), Stream.drop_every([], 3),\n  Stream.uniq_by(s, &rem(&1, 2)) |> Stream.drop_while(&(&1 < 2)) |> Stream.map_every(2, &(-&1)),\n] do\n  :ok\nend")
t.("if foo(a,\n  b) do\n  :ok\nend")
