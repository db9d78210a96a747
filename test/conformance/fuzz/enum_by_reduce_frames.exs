# Enum.min_by/max_by/min_max_by fold any enumerable other than a list, a plain map or a range
# through Enum.reduce/3 itself (not inlined there): its frame at 4307 stays under the caller's, and
# the fn it gives Enumerable.reduce is named -reduce/3-anonymous-1- (beamlet named it after the
# caller and left Enum.reduce/3 out; found by fuzz-diff seed 60000). Enum.reduce/2 of a non-list:
# Elixir's frames and lines (beamlet showed its own enumerable_reduce/3 helper at its own lines)
show = fn st -> IO.inspect(Enum.take_while(st, &(elem(&1, 1) != :__FILE__)) |> Enum.drop(1)) end
bad = fn x -> if x in [2, {:b, 2}], do: raise("r"), else: x end

try do Enum.min_by(MapSet.new([1, 2]), bad) rescue _ -> show.(__STACKTRACE__) end
try do Enum.max_by(%{a: 1, b: 2}, bad) rescue _ -> show.(__STACKTRACE__) end
try do Enum.min_by(1..3, bad) rescue _ -> show.(__STACKTRACE__) end
try do Enum.max_by(Stream.map([1, 2], & &1), bad) rescue _ -> show.(__STACKTRACE__) end
try do Enum.min_max_by(MapSet.new([1, 2]), bad) rescue _ -> show.(__STACKTRACE__) end
try do Enum.min_by(:atom, bad) rescue _ -> show.(__STACKTRACE__) end
try do Enum.reduce(MapSet.new([1, 2]), 0, fn x, _ -> bad.(x) end) rescue _ -> show.(__STACKTRACE__) end
try do Enum.reduce(MapSet.new([1, 2]), fn x, _ -> bad.(x) end) rescue _ -> show.(__STACKTRACE__) end
try do Enum.min_by(MapSet.new([1, 2]), fn 1 -> 1 end) rescue _ -> show.(__STACKTRACE__) end
IO.inspect({Enum.min_by(MapSet.new([3, 1, 2]), & &1), Enum.max_by(Stream.map([1, 5, 2], & &1), &(-&1))})
# Enum.reduce/2 of any enumerable that is no list: through the protocol at Elixir's lines
try do Enum.reduce(MapSet.new([]), fn x, _ -> x end) rescue _ -> show.(__STACKTRACE__) end
try do Enum.reduce(%{a: 1, b: 2}, fn _, _ -> raise "x" end) rescue _ -> show.(__STACKTRACE__) end
try do Enum.reduce(1..3, fn _, _ -> raise "x" end) rescue _ -> show.(__STACKTRACE__) end
try do Enum.reduce(:a, fn _, _ -> raise "x" end) rescue _ -> show.(__STACKTRACE__) end
IO.inspect(Enum.reduce(%{a: 1, b: 2}, fn x, acc -> [x | List.wrap(acc)] end))
