# List.keysort/:lists.keysort over non-tuples and improper lists: OTP's merge sort reads each key
# in the split state it is in (keysort, keysort_1, keysplit_1, keysplit_1_1, keysplit_2, keysplit_2_1),
# so the failing frame and its line (or the clause's arguments) depend on the elements before it
lists = [[{1}, 2], [1, {2}], [1, 2], [{1}, {2}, 3], [{2}, {1}, 3], [{1}, {1}, 3], [{1}, {2}, {3}, 4], [{3}, {2}, {1}, 4],
  [{1}, {3}, {2}, 4, {5}], [{1}, {2}, {3}, {0}, 4], [{3}, {2}, {1}, {5}, 4], [{1}, {1}, 4, {2}], [{1}, {1}, {1} | 4],
  [{1}, {2} | 3], [{2}, {1} | 4], [{1}, {2}, {3}, {0} | 4], [{3}, {2}, {1}, {5} | 4], [{1}, {3}, {2} | 4],
  [{1}, {2}, {3}, {0}, {4}, {-1}, 7], [{1} | 2], :x, [], [3], [{1}, {1.0}, {1}, 2], [{1}, {1.0}, {2}, 2]]
:rand.seed(:exsss, {1, 2, 3})
randoms = for _ <- 1..300 do
  n = :rand.uniform(9)
  l = for _ <- 1..n, do: (if :rand.uniform(12) == 1, do: :rand.uniform(5), else: {:rand.uniform(4)})
  if :rand.uniform(5) == 1, do: l ++ :tail, else: l
end
for l <- lists ++ randoms do
  try do
    IO.inspect(List.keysort(l, 0))
  rescue
    e -> IO.inspect({l, e.__struct__, Enum.take(Enum.map(__STACKTRACE__, fn {m, f, a, loc} -> {m, f, a, loc[:line]} end), 2)})
  catch
    :error, e -> IO.inspect(e)
  end
end
