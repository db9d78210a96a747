# Writes to a process device that has ended (a closed StringIO) fail as on OTP 25: :io.put_chars
# raises ErlangError :terminated with what Elixir handed it (IO.inspect: [[label, Inspect.Algebra's
# pieces], ?\n], under IO.inspect/3's frame); IO.binwrite and reads answer {:error, :terminated}.
# Before, beamlet wrote IO.inspect and :io.format's text to the console, and IO.puts(dev, :atom)
# failed with ArgumentError even on a live device.
{:ok, live} = StringIO.open("")
IO.puts(live, :atom)
IO.write(live, 12)
IO.puts(live, 1.5)
IO.inspect(StringIO.contents(live))

{:ok, dev} = StringIO.open("")
StringIO.close(dev)

show = fn f ->
  try do
    IO.inspect(f.(), label: "returned")
  rescue
    e ->
      IO.inspect(e, label: "rescued")
      IO.puts(Exception.message(e))
      [top | rest] = __STACKTRACE__
      {m, fun, args, loc} = top
      IO.inspect({m, fun, args, Keyword.take(loc, [:file, :line])}, label: "top")
      IO.inspect(rest |> Enum.take(1) |> Enum.map(fn {m, f, a, loc} -> {m, f, a, Keyword.take(loc, [:file, :line])} end), label: "next")
  end
end

show.(fn -> IO.binwrite(dev, "x") end)
show.(fn -> IO.read(dev, :line) end)
show.(fn -> IO.gets(dev, "p") end)
show.(fn -> IO.write(dev, "x") end)
show.(fn -> IO.write(dev, ["a", ?b]) end)
show.(fn -> IO.puts(dev, :atom) end)
show.(fn -> IO.puts(dev, 42) end)
show.(fn -> :io.format(dev, "~p~n", [1]) end)
show.(fn -> :io.put_chars(dev, "x") end)
show.(fn -> :io.nl(dev) end)
show.(fn -> IO.inspect(dev, [1, 2], label: "lbl") end)
show.(fn -> IO.inspect(dev, %{a: 1, b: [x: "y"]}, label: 'cl') end)
show.(fn -> IO.inspect(dev, {1, 2}, []) end)
show.(fn -> IO.inspect(dev, Enum.to_list(1..30), width: 20) end)
show.(fn -> IO.inspect(dev, :x, label: :an_atom) end)
show.(fn -> IO.inspect(:nodev, [1], label: :lab) end)
show.(fn -> :file.write(dev, "x") end)

try do
  :io.put_chars(dev, "x")
catch
  :error, e -> IO.inspect(Exception.normalize(:error, e, __STACKTRACE__), label: "normalized with the trace")
end

try do
  :io.put_chars(dev, "x")
rescue
  e in ErlangError -> IO.inspect(e, label: "rescued as ErlangError")
end
