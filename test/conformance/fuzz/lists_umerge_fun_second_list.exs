# :lists.umerge/3 (found by fuzz-diff-enum seed 912345): the second list is not checked by umerge/3
# itself; its merge step fails on what is no list (FunctionClauseError in ufmerge2_2/5, under umerge/3's
# frame at lists.erl:1093), and an empty first list returns the second as it is
f = fn a, b -> a <= b end
for {a, b} <- [{[1, 2], "str"}, {[], :x}, {:x, []}, {[1], [0 | :t]}, {[3], [1, 2 | :t]}, {[1 | :t], [2]}, {[1, 5], [2, 3]}] do
  try do
    IO.inspect(:lists.umerge(f, a, b))
  rescue
    e -> IO.inspect({Exception.message(e), Enum.take(__STACKTRACE__, 2) |> Enum.map(fn {m, f, a, l} -> {m, f, if(is_list(a), do: length(a), else: a), l[:line]} end)})
  end
end
