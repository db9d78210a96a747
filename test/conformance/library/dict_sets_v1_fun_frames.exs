# A fun that fails inside :dict.fold/map/filter/update/merge/update_counter or a version 1
# :sets.fold/filter shows OTP 25's walk of the hash table: its functions' frames at dict.erl's and
# sets.erl's lines (body-recursive map_bkt_list/map_bucket once or twice), and its clause errors
d = :dict.from_list(Enum.map(1..40, &{&1, &1}))
Process.put(:seen, [])
:dict.map(fn k, v -> Process.put(:seen, [k | Process.get(:seen)]); v end, d)
IO.inspect(Enum.reverse(Process.get(:seen)), limit: :infinity)
IO.inspect(:dict.fetch_keys(d), limit: :infinity)
Process.put(:seen, [])
:dict.filter(fn k, _ -> Process.put(:seen, [k | Process.get(:seen)]); true end, d)
IO.inspect(Enum.reverse(Process.get(:seen)), limit: :infinity)
for k <- [1, 5, 17, 40] do
  try do
    :dict.map(fn ^k, _ -> raise "x"; _, v -> v end, d)
  rescue _ -> IO.inspect(Enum.take(__STACKTRACE__, 7))
  end
end
s = :sets.from_list(Enum.to_list(1..40))
for k <- [1, 17, 40] do
  try do
    :sets.fold(fn ^k, _ -> raise "x"; _, a -> a end, 0, s)
  rescue _ -> IO.inspect(Enum.take(__STACKTRACE__, 5))
  end
  try do
    :sets.filter(fn ^k -> raise "x"; _ -> true end, s)
  rescue _ -> IO.inspect(Enum.take(__STACKTRACE__, 6))
  end
end
d = :dict.from_list(Enum.map(1..100, &{&1, &1}))
for k <- [1, 50, 99] do
  try do
    :dict.map(fn ^k, _ -> raise "x"; _, v -> v end, d)
  rescue _ -> IO.inspect(Enum.take(__STACKTRACE__, 7))
  end
end
for k <- [1, 50] do
  try do
    :dict.update(k, fn _ -> raise ArgumentError end, d)
  rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 5)})
  end
  try do
    :dict.update(k, fn _ -> raise "y" end, d)
  rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 5)})
  end
end
d = :dict.from_list(Enum.map(1..100, &{&1, &1}))
for k <- [1, 50] do
  try do
    :dict.update(k, fn _ -> raise "y" end, 0, d)
  rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 5)})
  end
  try do
    :dict.fold(fn ^k, _, _ -> raise "y"; _, _, a -> a end, 0, d)
  rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 5)})
  end
  try do
    :dict.filter(fn ^k, _ -> raise "y"; _, _ -> true end, d)
  rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 6)})
  end
  try do
    :dict.filter(fn ^k, _ -> :maybe; _, _ -> true end, d)
  rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 6)})
  end
  try do
    :dict.merge(fn ^k, _, _ -> raise "y"; _, a, _ -> a end, d, :dict.from_list([{k, 1}, {200, 2}]))
  rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 8)})
  end
  try do
    :dict.update_counter(k, 1, :dict.store(k, :a, d))
  rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 5)})
  end
end
for f <- [fn -> :dict.fold(:x, 0, :dict.new()) end, fn -> :dict.map(:x, :dict.new()) end, fn -> :dict.filter(:x, :dict.new()) end,
          fn -> :dict.fold(:x, 0, d) end, fn -> :dict.map(:x, d) end, fn -> :dict.filter(:x, d) end, fn -> :dict.update(1, :x, 0, d) end, fn -> :dict.update(1000, :x, 0, d) end] do
  try do
    f.()
  rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 3)})
  end
end
IO.inspect(:dict.to_list(:dict.filter(fn k, _ -> rem(k, 3) == 0 end, d)) == :dict.to_list(:dict.from_list(for k <- 1..100, rem(k, 3) == 0, do: {k, k})))
IO.inspect(:dict.filter(fn k, _ -> k < 20 end, d))
IO.inspect(:dict.map(fn k, v -> k * v end, :dict.from_list([a: 1, b: 2]) |> :dict.store(:a, 3)) |> :dict.to_list())
s = :sets.from_list(Enum.to_list(1..100))
for k <- [3, 77] do
  try do
    :sets.fold(fn ^k, _ -> raise "x"; _, a -> a end, 0, s)
  rescue _ -> IO.inspect(Enum.take(__STACKTRACE__, 5))
  end
  try do
    :sets.filter(fn ^k -> :no; _ -> true end, s)
  rescue e -> IO.inspect({e, Enum.take(__STACKTRACE__, 6)})
  end
end
IO.inspect(:sets.filter(&(rem(&1, 7) == 0), s) |> :sets.to_list())
IO.inspect(:sets.filter(&(&1 < 12), s))
IO.inspect(:sets.fold(&[&1 | &2], [], :sets.from_list([:a, :b, :c, 1, 2.0])))
