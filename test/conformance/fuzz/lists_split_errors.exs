# :lists.split/2 fails as lists.erl's: erlang:error(badarg, [N, List]) at line 1571 for a bad N or
# list, at 1568 for a list too short, split/3's function_clause at 1573 on an improper tail reached
# (and an improper tail not reached is kept). Found by fuzz-diff-enum seed 881504.
for {n, l} <- [{:a, [5, 3]}, {-1, [1]}, {3, [1]}, {1, :x}, {1, [1 | 2]}, {2, [1 | 2]}, {0, :x}, {0, [1]}, {1.0, [1]}, {2, [1, 2, 3]}, {3, [1, 2, 3]}, {4, [1, 2 | 3]}] do
  r = try do {:ok, :lists.split(n, l)} rescue e -> {Exception.message(e), hd(__STACKTRACE__)} end
  IO.inspect({n, l, r})
end
IO.inspect(:lists.split(2, Enum.to_list(1..5)))
IO.inspect(Enum.split([1, 2, 3], 2))
