# :io_lib.format's ~x/~X prefix is an atom or a deep list of characters, as io_lib:deep_char_list
# checks it: a binary ("0x" from Elixir) or an improper list is badarg.
for {f, a} <- [{"~b", [10]}, {"~.2b", [5]}, {"~.16x", [255, "0x"]}, {"~.16x", [255, '0x']}, {"~.16X", [255, :ab]}, {"~#", [16]}, {"~.16#", [255]}, {"~x", [1, 'p']}, {"~.2.0B", [3]}, {"~s", [:atom]}, {"~s", [[1, "a", 'b']]}, {"~s", [123]}, {"~w", ["bin"]}, {"~a", [:x]}, {"~5a|", [:x]}] do
  try do
    IO.inspect(:io_lib.format(f, a) |> IO.chardata_to_string(), label: f)
  rescue
    e -> IO.inspect(e.__struct__, label: f)
  end
end
for p <- [[256], [?a, [?b]], [], ["0x"], [?a | ?b], [-1], [1.0], 'pre'] do
  try do
    IO.inspect(:io_lib.format("~.16x", [255, p]) |> IO.chardata_to_string())
  rescue
    e -> IO.inspect(e.__struct__)
  end
end
