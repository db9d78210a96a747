# :lists.sort/1 and :lists.usort/1 of an improper list fail where OTP 25's splitting phase reaches
# the tail: in sort_1/usort_1, split_1/split_2, split_1_1/split_2_1 or their usplit twins, with
# the runs gathered so far as arguments. Lists drawn from a seeded :rand (1 and 1.0 mixed in, so
# the order of equal terms shows).
:rand.seed(:exsss, {11, 22, 33})
elements = [0, 1, 1.0, 2, 2.0, 3, 4, 5, 5.0, 6, 7, 8, 9]

for _ <- 1..120 do
  n = :rand.uniform(9) + 1
  items = for _ <- 1..n, do: Enum.at(elements, :rand.uniform(length(elements)) - 1)
  l = List.foldr(items, :tail, fn x, acc -> [x | acc] end)

  for f <- [:sort, :usort] do
    try do
      apply(:lists, f, [l])
    rescue
      e -> IO.inspect({f, l, e.__struct__, hd(__STACKTRACE__)})
    end
  end
end

for l <- [[1 | :x], [2, 1 | :x], [1, 1 | :x], [1.0, 1 | :x], [3, 1, 2 | :x], [1, 2, 0, 3 | :x]], f <- [:sort, :usort] do
  try do
    apply(:lists, f, [l])
  rescue
    _ -> IO.inspect({f, l, hd(__STACKTRACE__)})
  end
end
