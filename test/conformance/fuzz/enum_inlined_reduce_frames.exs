# Elixir's compiler inlines Enum.reduce/3 into the Enum functions built on it: a failure in the
# callback shows the caller (Enum.filter/2) at the line of the reduce clause taken (2480 for a
# map under :maps.fold_1/3, 2472 for a range under Enum.reduce_range/5, 4307 for any other
# enumerable, whose fn is named after filter/2 too), never a frame of reduce's own.
# Enum.filter/2 on a list runs filter_list/2 (one frame, as a body recursion shows).
show = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
      # the library's frames, as terms (the conformance masking drops lines that look like
      # frames), fun indexes left out (Erlang's inliner names the fn -filter/2-anonymous-2-)
      for {m, f, a, loc} <- __STACKTRACE__, match?('lib/' ++ _, loc[:file]) or loc[:file] == 'maps.erl',
          do: IO.inspect({m, Regex.replace(~r/-(fun|anonymous)-\d+-/, to_string(f), "-fun-"), if(is_list(a), do: length(a), else: a), loc[:file], loc[:line]})
  end
end

raising = fn x -> if x == 2 or x == {:b, 2}, do: raise("no #{inspect(x)}"), else: true end

for {name, enum} <- [list: [1, 2, 3], map: %{a: 1, b: 2}, range: 1..3, mapset: MapSet.new([1, 2]), improper: [1, 3 | 4]] do
  show.("filter #{name}", fn -> Enum.filter(enum, raising) end)
  show.("filter #{name} not a fun", fn -> Enum.filter(enum, :x) end)
end

show.("filter not enumerable", fn -> Enum.filter(:a, raising) end)
show.("filter []", fn -> Enum.filter([], :x) end)
show.("filter kept then raises", fn -> Enum.filter([1, 3, 5, 2], raising) end)
show.("filter skipped then raises", fn -> Enum.filter([0, 2], fn 0 -> false; x -> raising.(x) end) end)
show.("filter keeps", fn -> Enum.filter([1, 3, 4, 5], &(&1 > 3)) end)
show.("filter map keeps", fn -> Enum.filter(%{a: 1, b: 2}, fn {_, v} -> v > 1 end) end)

# Enum.reduce/3 itself: a map's fold and a range's loop are its tail calls (no reduce/3 frame),
# any other enumerable's Enumerable.reduce is not (reduce/3 at 4307)
boom = fn _, _ -> raise "boom" end
show.("reduce mapset", fn -> Enum.reduce(MapSet.new([1]), 0, boom) end)
show.("reduce map", fn -> Enum.reduce(%{a: 1}, 0, boom) end)
show.("reduce range", fn -> Enum.reduce(1..2, 0, boom) end)
show.("reduce atom", fn -> Enum.reduce(:a, 0, boom) end)
show.(":maps.fold", fn -> :maps.fold(fn _, _, _ -> raise "fold" end, 0, %{a: 1, b: 2}) end)
show.("map mapset", fn -> Enum.map(MapSet.new([1]), fn _ -> raise "map" end) end)
show.("map map", fn -> Enum.map(%{a: 1}, fn _ -> raise "map" end) end)
