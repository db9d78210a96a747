# List.last/1,2 of an improper list: OTP 25's compiled clauses fail with function_clause or
# case_clause {tail, default} by the parity of the hops made before the tail (found by
# scripts/fuzz-diff-programs.mjs)
for l <- [:a, [1 | 2], [0, 1 | 2], [0, 0, 1 | :t], [0, 0, 0, 1 | "x"], [0, 0, 0, 0, 1 | 2.5]] do
  for f <- [&List.last/1, &List.last(&1, 7)] do
    try do
      f.(l)
    rescue
      e -> IO.inspect({l, e.__struct__, Exception.message(e), hd(__STACKTRACE__)})
    end
  end
end

IO.inspect(List.last([1, 2, 3]))
IO.inspect(List.last([], :d))
IO.inspect(List.last([:a, [1, 2] | :tail]))
