# The rest of OTP 25's :lists people reach for: droplast, flatlength, join, uniq/1,2, zip3/unzip3/
# zipwith3, merge/1,3, merge3, umerge/1,3, umerge3, keymerge, ukeysort, ukeymerge, and their
# function-clause errors.
IO.inspect(:lists.droplast([1, 2, 3]))
IO.inspect(:lists.flatlength([1, [2, [3, 4]], [], 5]))
IO.inspect(:lists.join(:sep, [:a, :b, :c]))
IO.inspect(:lists.join(", ", []))
IO.inspect(:lists.uniq([3, 1, 3, 2, 1, 1.0, 2]))
IO.inspect(:lists.uniq(fn {k, _} -> k end, [{:a, 1}, {:b, 2}, {:a, 3}]))
IO.inspect(:lists.zip3([1, 2], [:a, :b], ["x", "y"]))
IO.inspect(:lists.unzip3([{1, :a, "x"}, {2, :b, "y"}]))
IO.inspect(:lists.zipwith3(fn a, b, c -> a + b + c end, [1, 2], [10, 20], [100, 200]))
IO.inspect(:lists.merge([[1, 4, 7], [2, 5], [3, 6, 9]]))
IO.inspect(:lists.merge([[1, 2.0], [1.0, 2]]))
IO.inspect(:lists.merge3([1, 5], [2.0, 5.0], [2, 3]))
IO.inspect(:lists.merge(fn a, b -> a >= b end, [9, 5, 1], [8, 5, 2]))
IO.inspect(:lists.umerge([[1, 2, 3], [2, 3, 4], [0, 5]]))
IO.inspect(:lists.umerge3([1, 2], [2, 3], [3, 4]))
IO.inspect(:lists.umerge(fn a, b -> a >= b end, [9, 5, 1], [8, 5, 2]))
IO.inspect(:lists.keymerge(1, [{1, :a}, {3, :c}], [{1, :x}, {2, :b}]))
IO.inspect(:lists.ukeysort(1, [{3, :c}, {1, :a}, {3, :z}, {1.0, :b}, {2, :b}]))
IO.inspect(:lists.ukeymerge(1, [{1, :a}, {3, :c}], [{1, :x}, {2, :b}, {3, :y}]))
for f <- [fn -> :lists.droplast([]) end, fn -> :lists.zip3([1], [], [2]) end, fn -> :lists.join(:s, :notalist) end, fn -> :lists.ukeysort(0, []) end] do
  try do
    f.()
  rescue
    e -> IO.puts(Exception.format(:error, e, []) |> String.split("\n") |> hd())
  end
end
