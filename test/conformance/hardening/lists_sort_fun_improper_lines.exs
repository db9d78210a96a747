# A function_clause in lists:sort/2's run splitters (an improper list sorted with a function) names
# the line of the helper's head in OTP 25's lists.erl
lists = [[2, 1 | 3], [1, 2 | 3], [1, 2, 3 | 4], [3, 2, 1 | 0], [1, 3, 2 | 0], [3, 1, 2 | 0], [2, 3, 1 | 0], [1, 2, 1, 2 | 0], [2, 1, 2, 1 | 0], [1, 3, 2, 4 | 0], [4, 2, 3, 1 | 0], [1, 2, 3, 0 | 5], [3, 2, 1, 4 | 0], [1, 2, 3, 0, 4 | 5], [5, 4, 3, 6, 2 | 0]]
for l <- lists, o <- [:asc, :desc] do
  try do
    IO.inspect(Enum.sort(l, o))
  rescue
    _ -> IO.inspect(hd(__STACKTRACE__))
  end
end
