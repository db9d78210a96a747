# Code.string_to_quoted/2's :column option: the text's first line starts at that column, so an
# error there is reported at its real column while the snippet shows the text itself (beamlet
# ignored the option); EEx parses each expression so, and an error in a template names its place
# (beamlet showed the generated buffer code at its own line). Found by a real-world EEx program
for {code, opts} <- [{" foo( ", [column: 4]}, {"[1, ", [column: 3, line: 5]}, {"\"abc", [column: 5]}, {"a +\n  (b", [column: 9]}, {"1 +", [column: 2]}] do
  try do
    Code.string_to_quoted!(code, opts)
  rescue
    e -> IO.puts("#{inspect(code)} #{inspect(opts)}: " <> Exception.message(e))
  end
  IO.inspect(Code.string_to_quoted(code, opts))
end
IO.inspect(Code.string_to_quoted!("foo(bar)", column: 7, columns: true))
for bad <- ["<%= foo( %>", "line\n  <%= [1, %>", "<% x = ( %>\n"] do
  try do
    EEx.eval_string(bad, [], file: "t.eex")
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
