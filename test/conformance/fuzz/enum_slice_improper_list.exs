# Enum.slice/2 of a list from non-negative indices (found by fuzz-diff-enum seed 923456): walked
# as Elixir 1.14's slice_forward/slice_list do, without the list's length, so an improper tail
# past the slice is never reached, and one inside it fails in take_list/2 or drop_list/2
for {name, f} <- [slice: fn -> Enum.slice([2, 1 | 3], 1..2) end, slice2: fn -> Enum.slice([2, 1 | 3], 0..0) end, s3: fn -> Enum.slice([1, 2, 3, 4, 5], 1..10) end, s4: fn -> Enum.slice([1, 2, 3, 4, 5], 0..4//2) end, s5: fn -> Enum.slice([1, 2, 3, 4, 5], 3..1) end, s6: fn -> Enum.slice([1, 2, 3, 4, 5, 6, 7], 1..6//3) end, s7: fn -> Enum.slice([1, 2, 3], 5..6) end, s8: fn -> Enum.slice([1, 2 | 3], 0..1) end, s9: fn -> Enum.slice([1 | 2], 2..3) end, s10: fn -> Enum.slice([1, 2, 3], 0..-1//1) end, s11: fn -> Enum.slice([1, 2, 3, 4], 1..3//2) end] do
  try do
    IO.inspect({name, f.()})
  rescue
    e -> IO.inspect({name, e.__struct__, Exception.message(e), Enum.take(__STACKTRACE__, 2) |> Enum.map(fn {m, f, a, l} -> {m, f, if(is_list(a), do: length(a), else: a), l[:line]} end)})
  end
end
