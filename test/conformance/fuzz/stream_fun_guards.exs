# Stream.map/filter/reject/drop_while/scan/chunk_by/flat_map and Enum.min_max/2 guard their fun's
# arity as Elixir 1.14's (their own FunctionClauseError at stream.ex/enum.ex's def lines, not a
# BadArityError when the stream runs). Found by fuzz-diff-enum seed 881505.
bad = fn x, _ -> x end
for {n, f} <- [map: fn -> Stream.map([1], bad) end, filter: fn -> Stream.filter([1], bad) end, reject: fn -> Stream.reject([1], bad) end,
  drop_while: fn -> Stream.drop_while([1], bad) end, scan2: fn -> Stream.scan([1], fn x -> x end) end, scan3: fn -> Stream.scan([1], 0, fn x -> x end) end,
  chunk_by: fn -> Stream.chunk_by([1], bad) end, flat_map: fn -> Stream.flat_map([1], bad) end, map_nf: fn -> Stream.map([1], :x) end,
  min_max: fn -> Enum.min_max([1, 2], :desc) end, min_max2: fn -> Enum.min_max([], fn -> :empty end) end, min_max3: fn -> Enum.min_max([], fn _ -> :e end) end] do
  r = try do {:ok, f.() |> Enum.to_list()} rescue e -> {Exception.message(e), hd(__STACKTRACE__)} end
  # (width: the fun's hash has a varying number of digits, which moved the line breaks)
  IO.inspect({n, r}, width: 200)
end
IO.inspect({Enum.min_max([3, 1, 2]), Stream.map(1..3, &(&1 * 2)) |> Enum.to_list(), Stream.scan(1..4, &+/2) |> Enum.to_list()})
IO.inspect(try do Enum.min_max([]) rescue e -> {e.__struct__, hd(__STACKTRACE__)} end)
