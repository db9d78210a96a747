{:ok, dev} = StringIO.open("line1\nline2\nrest")
IO.inspect IO.gets(dev, "")
IO.inspect IO.read(dev, :line)
IO.inspect IO.read(dev, :eof)
IO.inspect IO.gets(dev, "")
IO.write(dev, "written")
IO.inspect StringIO.contents(dev)
IO.inspect StringIO.flush(dev)
IO.inspect StringIO.close(dev)
{:ok, d2} = StringIO.open("", capture_prompt: true)
IO.gets(d2, "prompt> ")
IO.inspect StringIO.contents(d2)
IO.inspect IO.stream(StringIO.open("a\nb\n") |> elem(1), :line) |> Enum.to_list()
{:ok, d3} = StringIO.open("x,y\n1,2\n")
IO.inspect IO.binstream(d3, :line) |> Enum.map(&String.split(String.trim(&1), ","))
IO.puts :stdio, "to stdio"
IO.write [?a, "b", ["c"]]
IO.write "\n"
IO.inspect IO.puts("x"), label: "puts returns"
IO.inspect :io.columns() |> elem(0)
IO.inspect :io.put_chars("put_chars\n")
IO.inspect :io.nl()
IO.inspect :io.format("~s~n", [["io", "list"]])
IO.inspect :io.fwrite("~p~n", [self() |> is_pid()])
