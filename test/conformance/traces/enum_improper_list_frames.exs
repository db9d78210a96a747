# The frames Enum's functions leave when given an improper list, as Elixir 1.14 names them: the
# foldl Elixir's compiler inlines into each caller is named after it (-count/1-lists^foldl/2-0-),
# and the error is raised where the tail is met (the helper, or :lists when Enum calls it)
frames = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      # (a function clause frame carries the arguments: their count, not the terms)
      lib =
        for {m, name, args, loc} <- __STACKTRACE__, m in [Enum, :lists, :erlang, :rand, List, Map],
            do: {m, name, if(is_list(args), do: length(args), else: args), loc[:line]}

      IO.inspect({e.__struct__, lib}, label: label)
  end
end

improper = [[1 | 2], [1, 2 | 3]]

for l <- improper do
  frames.(:count, fn -> Enum.count(l) end)
  frames.(:count_fun, fn -> Enum.count(l, fn _ -> true end) end)
  frames.(:sum, fn -> Enum.sum(l) end)
  frames.(:product, fn -> Enum.product(l) end)
  frames.(:map, fn -> Enum.map(l, & &1) end)
  frames.(:each, fn -> Enum.each(l, & &1) end)
  frames.(:reverse, fn -> Enum.reverse(l) end)
  frames.(:reverse_tail, fn -> Enum.reverse(l, [0]) end)
  frames.(:max, fn -> Enum.max(l) end)
  frames.(:min, fn -> Enum.min(l) end)
  frames.(:min_max, fn -> Enum.min_max(l) end)
  frames.(:take, fn -> Enum.take(l, 5) end)
  frames.(:take_neg, fn -> Enum.take(l, -1) end)
  frames.(:drop, fn -> Enum.drop(l, 5) end)
  frames.(:frequencies, fn -> Enum.frequencies(l) end)
  frames.(:concat, fn -> Enum.concat([l, [4]]) end)
  frames.(:concat2, fn -> Enum.concat(l, [4]) end)
  frames.(:unzip, fn -> Enum.unzip(if l == [1 | 2], do: [{1, 2} | 3], else: [{1, 2}, {3, 4} | 5]) end)
  frames.(:at, fn -> Enum.at(l, 5) end)
  frames.(:fetch, fn -> Enum.fetch(l, 5) end)
  frames.(:random, fn -> Enum.random(l) end)
  frames.(:to_list, fn -> Enum.to_list(l) end)
  frames.(:filter, fn -> Enum.filter(l, fn _ -> true end) end)
  frames.(:reject, fn -> Enum.reject(l, fn _ -> false end) end)
  frames.(:reduce, fn -> Enum.reduce(l, 0, &+/2) end)
  frames.(:reduce2, fn -> Enum.reduce(l, &+/2) end)
  frames.(:member, fn -> Enum.member?(l, 9) end)
  frames.(:uniq, fn -> Enum.uniq(l) end)
  frames.(:sort, fn -> Enum.sort(l) end)
  frames.(:join, fn -> Enum.join(l, ",") end)
  frames.(:with_index, fn -> Enum.with_index(l) end)
  frames.(:into, fn -> Enum.into(l, []) end)
  frames.(:empty, fn -> Enum.empty?(l) end)
  frames.(:find, fn -> Enum.find(l, fn _ -> false end) end)
  frames.(:all, fn -> Enum.all?(l, fn _ -> true end) end)
  frames.(:any, fn -> Enum.any?(l, fn _ -> false end) end)
  frames.(:max_by, fn -> Enum.max_by(l, & &1) end)
  frames.(:group_by, fn -> Enum.group_by(l, & &1) end)
  frames.(:zip, fn -> Enum.zip(l, [1, 2, 3]) end)
  frames.(:dedup, fn -> Enum.dedup(l) end)
  frames.(:split, fn -> Enum.split(l, 5) end)
  frames.(:slice, fn -> Enum.slice(l, 0, 5) end)
  frames.(:chunk_every, fn -> Enum.chunk_every(l, 2) end)
  frames.(:flat_map, fn -> Enum.flat_map(l, &[&1]) end)
  frames.(:map_join, fn -> Enum.map_join(l, &to_string/1) end)
  frames.(:map_reduce, fn -> Enum.map_reduce(l, 0, &{&1, &1 + &2}) end)
  frames.(:max_fallback, fn -> Enum.max(l, fn -> 0 end) end)
  frames.(:min_fallback, fn -> Enum.min(l, fn -> 0 end) end)
  frames.(:dedup_proper, fn -> Enum.dedup([1, 1, 1.0, 2, 2, 1]) end)
  frames.(:take_proper, fn -> {Enum.take([1, 2, 3], 2), Enum.take([1, 2], 5), Enum.take([1, 2, 3], -2), Enum.take([1], -3), Enum.slice([1, 2, 3], 1, 5)} end)
  frames.(:reverse_proper, fn -> {Enum.reverse([]), Enum.reverse([1]), Enum.reverse([1, 2]), Enum.reverse([1, 2, 3])} end)
  frames.(:max_proper, fn -> {Enum.max([1, 1.0, 0]), Enum.min([1.0, 1, 2]), Enum.min_max([3, 1, 2]), Enum.min_max(1..3)} end)
end

# a fold's frame above a failing +, and lists:sort/usort's clauses where an improper list fails
frames.(:sum_badarith, fn -> Enum.sum([1, :a]) end)
frames.(:reduce_proper, fn -> Enum.reduce([1, 2, 3], &+/2) end)

for l <- [5, [1 | 2], [1, 2 | 3], [2, 1 | 3], [1, 1 | 3]] do
  frames.(:lists_sort, fn -> :lists.sort(l) end)
  frames.(:lists_usort, fn -> :lists.usort(l) end)
end
