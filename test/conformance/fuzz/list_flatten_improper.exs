# List.flatten/1,2 are :lists.flatten/1,2: an improper list fails in :lists.do_flatten/2 with its
# callers' frames (found by scripts/fuzz-diff-terms.mjs seed 1: beamlet raised ArgumentError).
cases = [
  [[?a | ?b], 221],
  [1 | 2],
  [[1, [2 | 3]]],
  [[1 | [2]] | 3],
  [1, [2] | 5],
  [1, [2, 3, [4] | 5]],
  [[1], 2, [3] | 5],
  [[1], 2, [3], 4, [5], 6, [7], 8, [9], 10 | 5],
  [[[[[1 | 5]]]]],
  [[1 | 5], [2], [3]],
  :a
]

for l <- cases, f <- [&List.flatten/1, &List.flatten(&1, [:t]), &:lists.flatten/1] do
  r =
    try do
      {:ok, f.(l)}
    rescue
      e ->
        {e.__struct__, Exception.message(e),
         __STACKTRACE__ |> Enum.map(&Exception.format_stacktrace_entry/1) |> Enum.filter(&(&1 =~ "lists.erl"))}
    end

  IO.inspect(r)
end

IO.inspect(List.flatten([[1], [2, [3]]], [4 | 5]))
