# IO.stream/binstream take :line or a positive count; one argument is the unit, read from :stdio
IO.inspect(IO.stream())
IO.inspect(IO.stream(:line))
IO.inspect(IO.binstream())
IO.inspect(IO.stream(:stdio, 3))
for f <- [fn -> IO.stream(:stdio, :bogus) end, fn -> IO.binstream(:stdio, 0) end, fn -> IO.stream(:stdio, :eof) end] do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect({e, hd(__STACKTRACE__)})
  end
end
