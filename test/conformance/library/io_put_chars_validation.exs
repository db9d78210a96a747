# What the standard io server refuses: IO.puts and lists given to IO.write / :io.put_chars must
# be character data (valid UTF-8 binaries, code points); IO.binwrite's bytes are latin-1, written
# as UTF-8. (A bare binary that is not UTF-8 is written byte for byte by elixir: not checked here.)
for f <- [fn -> IO.puts(<<255>>) end, fn -> IO.puts(:stderr, <<255>>) end, fn -> IO.write([<<255>>]) end,
          fn -> IO.puts("a" <> <<200>>) end, fn -> IO.puts([256, 300]) end, fn -> IO.puts([-1]) end,
          fn -> IO.write(["ok", [?\s, "fine"], ?\n]) end, fn -> :io.put_chars([<<0xC3, 0xA9>>, ?\n]) end,
          fn -> :io.put_chars(:standard_io, [0xD800]) end, fn -> IO.write(:stdio, [["x"] | "y"]) end,
          fn -> IO.binwrite("héllo\n") end, fn -> IO.binwrite([<<255>>, "x\n"]) end, fn -> IO.puts([[?a | "b"], 'c']) end,
          fn -> IO.puts(1.5) end, fn -> IO.write(:an_atom) end, fn -> IO.puts(%{}) end] do
  r =
    try do
      f.()
    rescue
      e -> {:raised, e.__struct__, Exception.message(e)}
    end

  IO.puts("")
  IO.inspect(r)
end

try do
  IO.puts(<<255>>)
rescue
  e -> IO.inspect(hd(__STACKTRACE__) |> Tuple.delete_at(3))
end
