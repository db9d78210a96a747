# A stream built on Stream.transform (concat, intersperse, transform, flat_map) over a source that
# is not enumerable fails when run with Stream.do_transform/5's frame at Elixir's line
# (lib/stream.ex:942), under the protocol dispatch
calls = [
  {"concat(1)", fn -> Stream.concat(1) |> Enum.to_list() end},
  {"intersperse(1, 1)", fn -> Stream.intersperse(1, 1) |> Enum.to_list() end},
  {"transform(1, ...)", fn -> Stream.transform(1, 0, fn x, a -> {[x], a} end) |> Enum.to_list() end},
  {"flat_map to 1", fn -> Stream.flat_map([1], fn _ -> 1 end) |> Enum.to_list() end},
  {"transform ok", fn -> Stream.transform([1, 2, 3], 0, fn x, a -> {[x + a], a + x} end) |> Enum.to_list() end}
]

for {label, f} <- calls do
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts(label <> ": " <> Exception.format_banner(:error, e, __STACKTRACE__))
      for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != :elixir_compiler_0)), do: IO.inspect(entry)
  end
end
