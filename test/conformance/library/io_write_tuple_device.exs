# A tuple is a device to IO.write/2 (Elixir's map_dev/1 passes it on), but its io request fails in
# OTP's io:request/3, which has no clause for it (its last argument a fresh reference, shown here
# as :a_ref), as :io.put_chars/2, :io.format/3 and :io.fwrite/3 do; nothing is written.
# IO.binwrite/2 writes through :file: {:error, :badarg}, or a raw {:file_descriptor, mod, _}
# written by mod.write/2.
show = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      {m, fun, a, loc} = hd(__STACKTRACE__)
      a = if is_list(a), do: Enum.map(a, fn x -> if is_reference(x), do: :a_ref, else: x end), else: a
      IO.inspect({e.__struct__, {m, fun, a, loc[:file], loc[:line]}}, label: label)
  end
end

for dev <- [{:a}, {:a, :b}, {}, {:file_descriptor, :no_such_module, :data}] do
  show.("write", fn -> IO.write(dev, "x") end)
  show.("write list", fn -> IO.write(dev, ['a', "b"]) end)
  show.("write atom", fn -> IO.write(dev, :at) end)
  show.("write integer", fn -> IO.write(dev, 12) end)
  show.("binwrite", fn -> IO.binwrite(dev, "x") end)
  show.("binwrite list", fn -> IO.binwrite(dev, [1, "y"]) end)
  show.("binwrite atom", fn -> IO.binwrite(dev, :at) end)
  show.(":io.put_chars", fn -> :io.put_chars(dev, "x") end)
  show.(":io.format", fn -> :io.format(dev, "~p", [1]) end)
  show.(":io.fwrite", fn -> :io.fwrite(dev, "x", []) end)
end

IO.puts("done")
