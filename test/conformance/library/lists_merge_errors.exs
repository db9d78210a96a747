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

# uncaught: the process's report names the same frames
:lists.merge([5, 6 | :t], [1, 2, 7])
