# :erlang.binary_to_list/3 names a start after the stop before any position out of range
for args <- [["a", 2, 1], ["abc", 3, 2], ["abc", 0, 1], ["abc", 1, 4], ["abc", 2, 5], ["abc", 5, 1], ["abc", 5, 6], ["abc", 0, -1],
             [:a, 1, 1], [:a, 2, 1], ["abc", :a, 1], ["abc", 1, :a], ["abc", 4, 4], ["", 1, 1], ["", 1, 0], ["abc", -1, 2],
             [<<1::3>>, 1, 1], [<<1, 2::3>>, 1, 1], [<<1, 2::3>>, 2, 1], ["abc", 2 ** 70, 1], ["abc", 1, 3]] do
  try do
    IO.inspect(apply(:erlang, :binary_to_list, args))
  rescue
    e -> IO.puts(inspect(args) <> " " <> Exception.message(e))
  end
end
for args <- [[:a, :b, 1], [:a, 0, :c], [<<1, 2::3>>, 0, 1], ["ab", 1.0, 2], ["abc", 2 ** 70, 2 ** 71], ["abc", 2, 2 ** 70]] do
  try do
    IO.inspect(apply(:erlang, :binary_to_list, args))
  rescue
    e -> IO.puts(inspect(args) <> " " <> Exception.message(e))
  end
end
