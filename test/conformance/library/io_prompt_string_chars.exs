# IO.gets/2 and IO.getn/2,3 turn the prompt into chardata in the caller (String.Chars for any
# other term): a prompt it refuses raises Protocol.UndefinedError there, and standard input
# still answers the next read
show = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e -> {m, fun, a, loc} = hd(__STACKTRACE__); IO.inspect({e, {m, fun, a, loc[:line]}}, label: label)
  end
end
show.("gets map", fn -> IO.gets(%{}) end)
show.("getn map", fn -> IO.getn(%{}) end)
show.("getn map 2", fn -> IO.getn(%{}, 2) end)
show.("getn3 map", fn -> IO.getn(:stdio, %{}, 1) end)
show.("getn3 tuple eof", fn -> IO.getn(:stdio, {1}, :eof) end)
show.("gets atom", fn -> IO.gets(:pr) end)
show.("getn integer", fn -> IO.getn(:stdio, 7, 2) end)
show.("gets after", fn -> IO.gets("> ") end)
IO.puts("done")
