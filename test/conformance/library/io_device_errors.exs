# IO functions given a device no process stands for, or arguments their clauses refuse, fail as
# in Elixir 1.14: :io's badarg naming the device, IO's FunctionClauseError (with its blame)
for f <- [
      fn -> IO.write(:nodev, "x") end,
      fn -> IO.puts(:nodev, ["a", ?b]) end,
      fn -> IO.puts(:nodev, :atom) end,
      fn -> IO.write(:nodev, 12) end,
      fn -> :io.format(:nodev, "x", []) end,
      fn -> :io.put_chars(:nodev, "x") end,
      fn -> :io.nl(:nodev) end,
      fn -> IO.binwrite(:nodev, "x") end,
      fn -> IO.chardata_to_string(1) end,
      fn -> IO.binwrite(:stdio, :a) end,
      fn -> IO.binwrite(:a) end,
      fn -> IO.inspect(1, 2) end
    ] do
  try do
    IO.inspect(f.(), label: "returned")
  rescue
    e -> IO.inspect({e, hd(__STACKTRACE__)})
  end
end

IO.warn(:not_chardata, [])
IO.inspect(:stdio, 1, :not_a_list)
