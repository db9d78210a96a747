# :re.split/2,3 and :re.replace/3,4 as Erlang code calls them: the iodata shapes, every return
# type, parts/trim/group, groups in replacements (& \N \gN \g{N} \\), unicode subjects, and the
# errors re.erl raises for bad arguments and options.
subjects = ["a,b,,c,,", "", ",", "one  two three", "x1y22z333", 'charlist,here', ["io", "data", ?,, "x"], "héllo wörld"]
patterns = [",", ",+", "\\s+", "\\d", "(\\d)", "(\\d)(x)?", "", "(?<n>[a-z])", "^", "$", "x*"]
split_opts = [[], [:trim], [{:parts, 2}], [{:parts, 0}], [{:parts, :infinity}], [:group], [:group, :trim],
  [{:return, :list}], [{:return, :binary}, :trim], [:caseless, {:return, :list}], [:unicode, {:return, :list}],
  [{:parts, 3}, :group, {:return, :list}], [:notempty], [{:offset, 2}]]

for s <- subjects, p <- patterns, o <- split_opts do
  r = try do
    :re.split(s, p, o)
  rescue
    e -> {:raised, Exception.message(e)}
  end
  IO.puts("split #{inspect(s)} #{inspect(p)} #{inspect(o)} -> #{inspect(r)}")
end

replacements = ["X", "", "[&]", "<\\1>", "\\g1\\g{1}", "\\\\&", "\\&", "\\0", "a\\2b", "\\", "\\x", ["i", ?o]]
repl_opts = [[], [:global], [{:return, :binary}], [:global, {:return, :list}], [:global, :unicode, {:return, :list}],
  [{:offset, 1}, :global], [:anchored]]

for s <- subjects, p <- patterns, r <- replacements, o <- repl_opts do
  out = try do
    :re.replace(s, p, r, o)
  rescue
    e -> {:raised, Exception.message(e)}
  end
  IO.puts("replace #{inspect(s)} #{inspect(p)} #{inspect(r)} #{inspect(o)} -> #{inspect(out)}")
end

IO.inspect :re.split("a1b2c", "\\d")
IO.inspect :re.replace("a1b2c", "\\d", "#")
IO.inspect :re.replace("a1b2c", "\\d", "#", [:global, {:return, :binary}])
{:ok, mp} = :re.compile("(\\w)(\\w)", [:unicode])
IO.inspect :re.replace("ab cd é", mp, "\\2\\1", [:global, {:return, :binary}])
IO.inspect :re.split("ab cd éf", mp, [{:return, :list}])

bad = [
  fn -> :re.split(1, "a") end,
  fn -> :re.split("a", "(") end,
  fn -> :re.split("a", {:x}) end,
  fn -> :re.split("a", "a", [:global]) end,
  fn -> :re.split("a", "a", [{:capture, :all}]) end,
  fn -> :re.split("a", "a", [{:parts, -1}]) end,
  fn -> :re.split("a", "a", [{:return, :atom}]) end,
  fn -> :re.split("a", "a", [:report_errors]) end,
  fn -> :re.split("a", "a", [:bogus]) end,
  fn -> :re.split("a", "a", :bogus) end,
  fn -> :re.replace("a", "a", :b) end,
  fn -> :re.replace(:a, "(", 1, [:global, :bad]) end,
  fn -> :re.replace("a", "a", "b", [{:return, :x}]) end,
  fn -> :re.replace("a", "a", "b", [{:capture, :all, :index}]) end,
  fn -> :re.replace("a", "a", "b", [:bogus]) end,
  fn -> :re.replace("a", "a", "\\g{1") end,
  fn -> :re.replace("a", "a", "\\g{x}") end,
  fn -> :re.replace("a", "a", "\\gx") end,
  fn -> :re.run(1, "a") end,
  fn -> :re.run("a", "a", [:bogus]) end,
  fn -> :re.run("a", {:re_pattern, 1}) end,
  fn -> :re.compile(:a) end,
  fn -> :re.compile("a", [:bogus]) end,
  fn -> {:ok, r} = :re.compile("a"); :re.run("a", r, [:caseless]) end
]

for f <- bad do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.puts(Exception.message(e))
  end
end

{:ok, crlf} = :re.compile("a$", [:multiline])
IO.inspect :re.run("a\r\nb", crlf, [{:newline, :crlf}])
IO.inspect :re.run("a\r\nb", crlf)
