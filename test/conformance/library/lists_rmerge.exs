# :lists.rmerge/2,3, rmerge3/3 and rkeymerge/3: merges of lists sorted in reverse order, with
# ties (1 and 1.0) falling as OTP's lists.erl puts them
IO.inspect(:lists.rmerge([3, 2.0, 1], [3.0, 2, 1.0]))
IO.inspect(:lists.rmerge([5, 1], [4, 4.0, 0]))
IO.inspect(:lists.rmerge([3, 3.0, 3], [3.0, 3]))
IO.inspect(:lists.rmerge([], [2, 1]))
IO.inspect(:lists.rmerge([2, 1], []))
IO.inspect(:lists.rmerge3([3, 1.0], [3.0, 1], [2, 1.0]))
IO.inspect(:lists.rmerge3([3, 3, 1], [3.0, 2, 2], [2.0, 1.0]))
IO.inspect(:lists.rkeymerge(1, [{3, :a}, {1, :a}], [{3.0, :b}, {2, :b}, {1.0, :b}]))
IO.inspect(:lists.rkeymerge(2, [{1, 3}, {2, 3}, {1, 1}], [{3, 3}, {0, 2}, {5, 1}]))
IO.inspect(:lists.rkeymerge(1, [{3, :a}, {3, :b}], [{3.0, :c}, {3, :d}, {1, :e}]))

le = fn a, b -> a <= b end
ge = fn a, b -> a >= b end
lt = fn a, b -> a < b end

for f <- [le, ge, lt],
    {a, b} <- [{[3, 2.0, 1], [3.0, 2, 1.0, 0]}, {[1, 2.0, 3], [0, 1.0, 2, 3.0]}, {[5, 3, 1], [4, 3.0, 2]}] do
  IO.inspect(:lists.rmerge(f, a, b))
end
