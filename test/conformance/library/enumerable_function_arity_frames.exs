# Enumerable over a fn that is not of arity 2: Protocol.UndefinedError raised from Elixir's
# Enumerable.Function.reduce/3 (lib/enum.ex:4785), whichever Enum or Stream function reached it
for {name, f} <- [
      {"map", fn -> Enum.map(fn x -> x end, & &1) end},
      {"count", fn -> Enum.count(fn -> 1 end) end},
      {"zip", fn -> Enum.zip([MapSet.new([1]), fn x -> x end, "ab"]) end},
      {"into", fn -> Enum.into(fn a, b, c -> {a, b, c} end, []) end},
      {"stream", fn -> Stream.map(fn x -> x end, & &1) |> Enum.to_list() end}
    ] do
  try do
    f.()
  rescue
    e -> IO.inspect({name, e, Enum.take(__STACKTRACE__, 2)})
  end
end
