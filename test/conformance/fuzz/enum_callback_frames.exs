# The frames of Enum functions whose callback raises (or whose argument is no enumerable), on
# lists, maps, ranges and MapSets, as Elixir 1.14 shows them: the body-recursive list helpers
# (reject_list/2, with_index_list/3: one frame, and one more under it after a kept element),
# the inlined reduce (the caller at 2480/2472/4307), Enumerable.List.reduce/3 under a map's
# halting reduce, Enumerable.Range.reduce/5 in lib/range.ex, group_by's own foldl.
show = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
      # the library's frames, as terms (the conformance masking drops lines that look like
      # frames), fun indexes left out (Erlang's inliner names some fns -f/2-anonymous-2-)
      for {m, f, a, loc} <- __STACKTRACE__, match?('lib/' ++ _, loc[:file]) or loc[:file] == 'maps.erl',
          do: IO.inspect({m, Regex.replace(~r/-(fun|anonymous)-\d+-/, to_string(f), "-fun-"), if(is_list(a), do: length(a), else: a), loc[:file], loc[:line]})
  end
end

bad1 = fn x -> if x in [3, {:b, 2}, 2], do: raise("no #{inspect(x)}"), else: x == 1 end
bad2 = fn x, i -> if i == 1, do: raise("no #{inspect(x)}"), else: {x, i} end

for {name, enum} <- [list: [1, 3, 5, 2], map: %{a: 1, b: 2}, range: 1..3, mapset: MapSet.new([1, 2]), atom: :a] do
  show.("reject #{name}", fn -> Enum.reject(enum, bad1) end)
  show.("find #{name}", fn -> Enum.find(enum, bad1) end)
  show.("find_value #{name}", fn -> Enum.find_value(enum, bad1) end)
  show.("any? #{name}", fn -> Enum.any?(enum, bad1) end)
  show.("all? #{name}", fn -> Enum.all?(enum, &(!bad1.(&1))) end)
  show.("group_by #{name}", fn -> Enum.group_by(enum, bad1) end)
  show.("group_by value #{name}", fn -> Enum.group_by(enum, & &1, bad1) end)
  show.("sort_by #{name}", fn -> Enum.sort_by(enum, bad1) end)
  show.("with_index #{name}", fn -> Enum.with_index(enum, bad2) end)
  show.("map_reduce #{name}", fn -> Enum.map_reduce(enum, 0, fn x, acc -> {bad1.(x), acc} end) end)
  show.("reverse #{name}", fn -> Enum.reverse(enum) end)
end

show.("sum list", fn -> Enum.sum([1, {1, 2}]) end)
show.("sum atom", fn -> Enum.sum(:a) end)
show.("sum range", fn -> Enum.sum(1..4) end)
show.("with_index bad", fn -> Enum.with_index([1], :a) end)
show.("with_index improper", fn -> Enum.with_index([1, 2 | 3], fn x, _ -> x end) end)
show.("reject improper", fn -> Enum.reject([1, 2 | 3], &(&1 > 1)) end)
show.("reject keeps", fn -> Enum.reject([1, 2, 3, 4], &(&1 > 2)) end)
