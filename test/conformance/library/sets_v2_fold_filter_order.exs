# :sets.fold/3 and :sets.filter/2 on a version 2 set (a map) walk it as OTP 25's fold_1/filter_1 walk
# its maps iterator: in iteration order (past 32 elements not :maps.keys's order; beamlet folded
# in the wrong order), a raising fun under their frames at sets.erl's lines
s = :sets.from_list(Enum.to_list(1..40), version: 2)
IO.inspect :sets.fold(fn x, acc -> [x | acc] end, [], s), limit: :infinity
:sets.fold(fn x, acc -> IO.write("#{x} "); acc end, 0, s)
IO.puts ""
IO.inspect :sets.filter(fn x -> IO.write("#{x} "); rem(x, 3) == 0 end, s) |> :sets.to_list, limit: :infinity
small = :sets.from_list([1, 2, 3, 4], version: 2)
for {label, f} <- [
  first: fn _ -> raise "boom" end,
  after_kept: fn 1 -> true; _ -> raise "boom" end,
  after_dropped: fn 1 -> false; _ -> raise "boom" end,
  after_two_kept: fn x when x < 3 -> true; _ -> raise "boom" end,
  not_boolean: fn 1 -> true; _ -> :maybe end
] do
  try do
    :sets.filter(f, small)
  rescue
    e -> IO.inspect({e, __STACKTRACE__ |> Enum.drop(1) |> Enum.take_while(&(elem(&1, 0) == :sets))}, label: label)
  end
end
try do
  :sets.fold(fn 3, _ -> raise "boom"; x, a -> x + a end, 0, small)
rescue
  e -> IO.inspect({e, __STACKTRACE__ |> Enum.drop(1) |> Enum.take_while(&(elem(&1, 0) == :sets))}, label: :fold)
end
