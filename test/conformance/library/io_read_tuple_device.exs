# A tuple is a device to IO's readers (Elixir's map_dev/1 passes it on), but a read request to one
# fails in OTP's io:request/3 (no clause for it); IO.binread/2 reads through :file, which answers
# {:error, :badarg} for a tuple that is no raw file's {:file_descriptor, module, _} and asks that
# module otherwise. :io's own readers fail as IO's do.
show = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      {m, fun, a, loc} = hd(__STACKTRACE__)
      IO.inspect({e.__struct__, {m, fun, a, loc[:file], loc[:line]}}, label: label)
  end
end

for dev <- [{:a}, {:a, :b}, {}, {:file_descriptor, :no_such_module, :data}] do
  show.("read line", fn -> IO.read(dev, :line) end)
  show.("read eof", fn -> IO.read(dev, :eof) end)
  show.("read 3", fn -> IO.read(dev, 3) end)
  show.("getn 2", fn -> IO.getn(dev, "p", 2) end)
  show.("getn eof", fn -> IO.getn(dev, "p", :eof) end)
  show.("gets", fn -> IO.gets(dev, "p") end)
  show.("binread line", fn -> IO.binread(dev, :line) end)
  show.("binread 3", fn -> IO.binread(dev, 3) end)
  show.("binread eof", fn -> IO.binread(dev, :eof) end)
  show.(":io.get_line", fn -> :io.get_line(dev, 'q') end)
  show.(":io.get_chars", fn -> :io.get_chars(dev, 'q', 1) end)
end

IO.puts("done")
