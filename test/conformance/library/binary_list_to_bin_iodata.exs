# :binary.list_to_bin/1 takes an iolist, as :erlang.list_to_binary/1 does: binaries and nested
# lists among the bytes; anything else fails as "not an iodata term" from :binary's own frame
IO.inspect(:binary.list_to_bin([?a, "b"]))
IO.inspect(:binary.list_to_bin([[?x, ["yz", [?w]]], "tail" | "end"]))
IO.inspect(:binary.list_to_bin([]))
IO.inspect(:binary.list_to_bin(List.duplicate("abc", 100)) |> byte_size())

for bad <- [[256], [-1], [:a], "ab", [1 | :x]] do
  try do
    :binary.list_to_bin(bad)
  rescue
    e ->
      [{m, f, a, _} | _] = __STACKTRACE__
      IO.inspect({e, m, f, a})
  end
end
