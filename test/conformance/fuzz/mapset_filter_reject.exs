# MapSet.filter/reject as Elixir 1.14's: any fun passes the guard (a non-fun fails the clause), the
# result counts as truthy/falsy (reject with & &1 or fn -> nil: beamlet's 'not' raised), and a
# failing fun shows filter_keys/reject_keys frames at map_set.ex's lines. Found by fuzz-diff-enum
# seed 881504.
for {n, f} <- [r1: fn -> MapSet.reject(MapSet.new([1, 2, 3]), 3) end, r2: fn -> MapSet.reject(MapSet.new([1, 2, 3]), &(&1)) end,
  r3: fn -> MapSet.reject(MapSet.new([1, 2, 3]), fn x -> x > 1 end) end, r4: fn -> MapSet.reject(MapSet.new([1, 2, 3]), fn _ -> nil end) end,
  r5: fn -> MapSet.reject(MapSet.new([1, 2, 3]), fn _ -> :x end) end, r6: fn -> MapSet.reject([1], & &1) end,
  f1: fn -> MapSet.filter(MapSet.new([1, 2, 3]), 3) end, f2: fn -> MapSet.filter(MapSet.new([1, 2, 3]), &(&1)) end,
  f3: fn -> MapSet.filter(MapSet.new([1, 2, 3]), fn _ -> :x end) end, f4: fn -> MapSet.filter(MapSet.new([1, 2, 3]), fn x, _ -> x end) end,
  f5: fn -> MapSet.filter([1], & &1) end, r7: fn -> MapSet.reject(MapSet.new([1, 2, 3]), fn x, _ -> x end) end] do
  r = try do {:ok, f.()} rescue e -> {Exception.message(e), hd(__STACKTRACE__)} end
  IO.inspect({n, r})
end
try do MapSet.filter(MapSet.new([1, 2, 3]), fn 3 -> raise "x"; _ -> true end) rescue _ -> IO.inspect(Enum.take(__STACKTRACE__, 4)) end
try do MapSet.reject(MapSet.new([1, 2, 3]), fn 3 -> raise "x"; _ -> false end) rescue _ -> IO.inspect(Enum.take(__STACKTRACE__, 4)) end
try do MapSet.reject(MapSet.new([1, 2, 3]), fn 3 -> raise "x"; _ -> true end) rescue _ -> IO.inspect(Enum.take(__STACKTRACE__, 4)) end
