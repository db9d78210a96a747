# :lists.merge/2 on lists that are not proper: each fails where OTP 25's lists.erl fails
# (merge/2's clauses, merge2_1/4's or merge2_2/5's with their arguments, or lists:reverse/2's
# badarg for an improper rest), with merge/2's frame below the helpers'
cases = [
  {[1], :x},
  {[3, 1], [2 | 5]},
  {:x, [1]},
  {[1 | :t], [2]},
  {[1, 2 | :t], [0]},
  {[5 | :t], [1, 2]},
  {[1], [2 | :t]},
  {[5], [1 | :t]},
  {[1, 2], [3 | :t]},
  {[], [1 | :t]},
  {[9], [1, 2 | :t]},
  {[1, 4, 6 | :t], [2, 3, 5, 7]},
  {[1, 4, 9], [2, 3, 5, 7 | :t]}
]

for {a, b} <- cases do
  try do
    IO.inspect(:lists.merge(a, b), label: "merged")
  rescue
    e ->
      IO.puts(inspect({a, b}) <> " => " <> Exception.format(:error, e, Enum.take(__STACKTRACE__, 3)))
  end
end

# lists that merge: ties come from the first list, and a non-list first with [] comes back as is
IO.inspect(:lists.merge(:x, []))
IO.inspect(:lists.merge([1, 1.0, 2], [1.0, 1, 2.0, 3]))
IO.inspect(:lists.merge([1.0, 2, 2.0], [0, 1, 2, 5]))
IO.inspect(:lists.merge([], [1, 2]))
IO.inspect(:lists.merge([3, 4], [1, 2]))

# :lists.umerge/2 likewise: umerge/2's clauses, umerge2_1/5's or umerge2_2/4's with their
# arguments, or reverse/2's badarg, with umerge/2's frame below
ucases = [
  {[1], :x},
  {[3, 1], [2 | 5]},
  {:x, [1]},
  {:x, []},
  {[1 | :t], []},
  {[1 | :t], [2]},
  {[3 | :t], [2]},
  {[1, 2 | :t], [2]},
  {[1], [1 | :t]},
  {[1.0], [1 | :t]},
  {[1], [2 | :t]},
  {[3], [2 | :t]},
  {[2, 3 | :t], [1, 2, 5]},
  {[1, 2], [2, 3 | :t]},
  {[1, 3], [2, 3 | :t]},
  {[1, 4, 6 | :t], [2, 4, 5, 7]}
]

for {a, b} <- ucases do
  try do
    IO.inspect(:lists.umerge(a, b), label: "umerged")
  rescue
    # the :lists frames as terms: printed frames are masked in goldens
    e ->
      IO.puts(inspect({a, b}) <> " => " <> Exception.format_banner(:error, e))
      IO.inspect(Enum.filter(__STACKTRACE__, &(elem(&1, 0) == :lists)))
  end
end

# lists that umerge: an element in both (1 and 1.0 too) is kept once, from the first list
IO.inspect(:lists.umerge([], :x))
subsets = fn pool -> Enum.reduce(Enum.reverse(pool), [[]], fn x, acc -> acc ++ Enum.map(acc, &[x | &1]) end) end

for a <- subsets.([1, 2.0, 3]), b <- subsets.([1.0, 2, 3.0, 4]) do
  IO.puts("#{inspect(a)} #{inspect(b)} #{inspect(:lists.umerge(a, b))} #{inspect(:lists.umerge(b, a))}")
end

# uncaught: the process's report names the same frames
:lists.merge([5, 6 | :t], [1, 2, 7])
