IO.inspect String.replace_leading("aaab", "a", "xy")
IO.inspect String.replace_trailing("baaa", "aa", "-")
try do String.replace_leading("a", "", "x") rescue e -> IO.inspect e end
IO.inspect Enum.slide([:a, :b, :c, :d, :e], 1, 3)
IO.inspect Enum.slide([:a, :b, :c, :d, :e], 3, 0)
IO.inspect Enum.slide([:a, :b, :c, :d, :e], 1..2, 4)
IO.inspect Enum.slide(1..10, -3..-1, 2)
IO.inspect Enum.slide([1,2,3], 0, 0)
IO.inspect Enum.slide([1,2,3], 0, 5)
try do Enum.slide([1,2,3], 1..0, 0) rescue e -> IO.inspect e end
IO.inspect Float.pow(2.0, 3)
try do Float.pow(0.0, -1) rescue e -> IO.inspect e end
try do Float.pow(-8.0, 0.5) rescue e -> IO.inspect e end
IO.inspect Stream.timer(1) |> Enum.to_list()
