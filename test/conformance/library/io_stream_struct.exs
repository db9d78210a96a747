IO.inspect IO.stream(:stdio, :line)
IO.inspect IO.binstream(:stdio, 4)
Enum.into(["a", "b\n"], IO.stream(:stdio, :line))
s = IO.stream(:stdio, :line)
IO.inspect Enum.count(["x"] |> Stream.into(s) |> Enum.to_list())
IO.puts ""
IO.inspect Enumerable.count(s)
