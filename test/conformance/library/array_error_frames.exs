# :array (lib/erlang/array.ex): every :array frame of an error's stack trace, as OTP 25's (calls that
# leave a frame there: from_orddict -> from_orddict_0 -> from_orddict_1, resize/1 -> sparse_size -> sparse_foldr)
for l <- [[{0, :a}, :b], [{0, :a}, {15, :b}, :c], [{0, :a}, {150, :b}, {151, :c}, {1, :x}], [:a], [{0, :a}, {0, :b}], [{0,:a} | :b]] do
  try do
    :array.from_orddict(l)
  rescue
    e -> IO.inspect({e, __STACKTRACE__ |> Enum.filter(&(elem(&1, 0) == :array))})
  end
end
for l <- [[1, 2 | 3], Enum.to_list(1..25) ++ :x, Enum.to_list(1..250) ++ :x] do
  try do
    :array.from_list(l)
  rescue
    e -> IO.inspect({e, __STACKTRACE__ |> Enum.filter(&(elem(&1, 0) == :array))})
  end
end
fs = [fn -> :array.resize(:x) end, fn -> :array.sparse_size(:x) end, fn -> :array.new(-1) end, fn -> :array.new(1, [:bad]) end, fn -> :array.new([:fixed, :bad]) end,
 fn -> :array.from_list(:x) end, fn -> :array.from_list(:x, 1) end, fn -> :array.from_orddict(:x) end, fn -> :array.get(1, :x) end, fn -> :array.map(:f, :x) end,
 fn -> :array.set(5, 1, :array.new(2)) end, fn -> :array.to_list(:x) end, fn -> :array.fix(:x) end, fn -> :array.from_orddict(:x, 1) end, fn -> :array.new(:fixed, []) end]
for f <- fs do
  try do
    f.()
  rescue
    e -> IO.inspect({e, __STACKTRACE__ |> Enum.filter(&(elem(&1, 0) == :array))})
  end
end
