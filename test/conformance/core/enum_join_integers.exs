# Enum.join/2 of lists holding integers (joined in one pass by :beamlet.join_binaries/2): small,
# negative, zero, big and huge integers, mixed with binaries, with and without a joiner, and
# lists whose other elements send them to the Elixir path.
IO.inspect(Enum.join([1, -2, 0, 10, -10, 99, 100, 1_000_000], ","))
IO.inspect(Enum.join([9_007_199_254_740_991, 9_007_199_254_740_992, -9_007_199_254_740_993], " "))
IO.inspect(Enum.join([123_456_789_012_345_678_901_234_567_890, "a", -1], "--"))
IO.inspect(Enum.join(Enum.to_list(-5..5), ""))
IO.inspect(Enum.join([1, "é", 2], "→"))
IO.inspect(Enum.join([1, :a, 2.5, 'ch', "s"], ","))
IO.inspect(Enum.join([42], ","))
IO.inspect(byte_size(Enum.join(Enum.to_list(1..100_000), ",")))
IO.inspect(Enum.join(Enum.to_list(1..100_000), ",") == Enum.map_join(1..100_000, ",", &Integer.to_string/1))

try do
  Enum.join([1, 2, {:t}], ",")
rescue
  e -> IO.inspect(e.__struct__)
end
