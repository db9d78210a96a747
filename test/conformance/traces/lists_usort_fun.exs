# :lists.usort/2 and :lists.sort/2 as OTP 25 runs them: which pairs the comparator is asked
# about and in which order, which of equal elements stays, and where an answer that is not a
# boolean fails (the CaseClauseError's frames in lists.erl, the merge step's caller included)
defmodule P do
  def calls(sorter, list) do
    log = :ets.new(:log, [:duplicate_bag])
    f = fn a, b ->
      :ets.insert(log, {:c, {a, b}})
      a <= b
    end
    res = sorter.(f, list)
    pairs = for {:c, p} <- :ets.tab2list(log), do: p
    :ets.delete(log)
    {res, pairs}
  end

  def bad_at(sorter, list, k) do
    c = :counters.new(1, [])
    f = fn a, b ->
      :counters.add(c, 1, 1)
      if :counters.get(c, 1) == k, do: :bad, else: a <= b
    end
    try do
      {:ok, sorter.(f, list)}
    rescue
      e -> {Exception.message(e), for({:lists, fun, ar, loc} <- __STACKTRACE__, do: {fun, ar, loc[:line]})}
    end
  end
end

lists = [[3, 1, 2], [1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1], [1, 3, 2, 5, 4, 7, 6, 9, 8],
  [5, 1, 4, 2, 3, 3, 1, 5, 9, 0, 2], [2, 2, 1, 1, 3, 3, 0], [1, 1, 1, 2], [9, 8, 8, 7, 1, 2, 3, 4, 0, 0, 5]]
usort = &:lists.usort/2
sort = &:lists.sort/2

for l <- lists do
  IO.inspect(P.calls(usort, l), width: 300)
end

for l <- [[1, 1.0, 2, 2.0, 1], [2.0, 1, 1.0, 2, 3.0, 3], [3, 1, 3.0, 2, 1.0, 2.0, 0, 0.0]] do
  IO.inspect({:lists.usort(fn a, b -> a <= b end, l), :lists.usort(fn a, b -> a >= b end, l)})
end

for s <- [usort, sort], l <- lists, k <- 1..40 do
  case P.bad_at(s, l, k) do
    {:ok, _} -> :ok
    r -> IO.inspect({l, k, r}, width: 300)
  end
end

# improper lists: the function clause of the step that meets the tail
for l <- [[1 | :x], [1, 2 | :x], [2, 1 | :x], [3, 2, 1 | :x], [1, 1 | :x], [1, 3, 2, 4 | :x], :x, [1, 2, 0, 5, 4 | :x]] do
  try do
    IO.inspect(:lists.usort(fn a, b -> a <= b end, l))
  rescue
    e -> IO.inspect({Exception.message(e), (fn {m, f, a, loc} -> {m, f, length(a), loc[:line]} end).(hd(__STACKTRACE__))})
  end
end

:lists.usort(fn a, b -> if a < b, do: 1, else: :x end, [3, 1, 2])
