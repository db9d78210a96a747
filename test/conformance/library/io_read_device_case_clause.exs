# IO.read/2, IO.getn/2,3 and IO.binread/2 with a device that is no atom, pid or tuple raise
# Elixir's CaseClauseError {device} (its map_dev/1, inlined) in the reader's own frame, line 762
show = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      {m, fun, a, loc} = hd(__STACKTRACE__)
      IO.inspect({e, {m, fun, a, loc[:line]}}, label: label)
  end
end

for dev <- [1, "x", 1.5, [1], %{}, 'abc'] do
  show.("read line", fn -> IO.read(dev, :line) end)
  show.("read eof", fn -> IO.read(dev, :eof) end)
  show.("read 3", fn -> IO.read(dev, 3) end)
  show.("getn 2", fn -> IO.getn(dev, "p", 2) end)
  show.("getn eof", fn -> IO.getn(dev, "p", :eof) end)
  show.("getn/2", fn -> IO.getn(dev, "p") end)
  show.("binread line", fn -> IO.binread(dev, :line) end)
  show.("binread 3", fn -> IO.binread(dev, 3) end)
  show.("binread eof", fn -> IO.binread(dev, :eof) end)
end

IO.puts("done")
