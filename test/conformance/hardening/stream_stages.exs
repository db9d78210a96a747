# Stream stages are %Stream{} accumulators as in Elixir: their inspect, their results, and the
# frames of exceptions raised inside them (Enum.to_list of a struct, do_each, zips, :lists.foreach_1)
IO.inspect(Stream.with_index([1,2]))
IO.inspect(Stream.map([1,2], & &1))
IO.inspect(Stream.take([1,2], 1))
IO.inspect(Stream.chunk_every([1,2], 1))
try do
  Stream.with_index([1,2]) |> Stream.map(fn _ -> raise "x" end) |> Enum.to_list()
rescue e -> IO.inspect(__STACKTRACE__)
end
try do
  [1,2] |> Stream.map(fn _ -> raise "x" end) |> Stream.with_index() |> Enum.to_list()
rescue e -> IO.inspect(__STACKTRACE__)
end
try do
  [1,2] |> Stream.map(fn _ -> raise "x" end) |> Stream.chunk_every(2) |> Enum.to_list()
rescue e -> IO.inspect(__STACKTRACE__)
end
try do
  [1,2] |> Stream.map(fn _ -> raise "x" end) |> Stream.take(2) |> Enum.to_list()
rescue e -> IO.inspect(__STACKTRACE__)
end
try do
  Stream.zip(1..2, 3..4) |> Stream.map(fn _ -> raise "x" end) |> Enum.to_list()
rescue e -> IO.inspect(__STACKTRACE__)
end
try do
  Stream.zip([1..2, Stream.map(1..2, fn _ -> raise "y" end)]) |> Enum.to_list()
rescue e -> IO.inspect(__STACKTRACE__)
end
try do
  Stream.zip_with([1..2, 3..4], fn _ -> raise "y" end) |> Enum.to_list()
rescue e -> IO.inspect(__STACKTRACE__)
end
IO.inspect Stream.iterate(1, &(&1 + 1)) |> Stream.with_index(5) |> Stream.take(3) |> Enum.to_list()
IO.inspect 1..10 |> Stream.chunk_every(3) |> Enum.to_list()
IO.inspect 1..10 |> Stream.chunk_every(3, 2) |> Enum.to_list()
IO.inspect 1..10 |> Stream.chunk_every(3, 2, :discard) |> Enum.to_list()
IO.inspect 1..10 |> Stream.chunk_every(3, 4, [:a, :b]) |> Enum.to_list()
IO.inspect 1..10 |> Stream.chunk_every(3) |> Stream.take(2) |> Enum.to_list()
IO.inspect 1..10 |> Stream.chunk_every(3) |> Stream.map(&Enum.sum/1) |> Enum.take(4)
IO.inspect 1..10 |> Stream.chunk_every(4) |> Stream.chunk_every(2) |> Enum.to_list()
IO.inspect Stream.zip(Stream.with_index(1..5), Stream.chunk_every(1..20, 2)) |> Enum.to_list()
IO.inspect Stream.zip([1..3, [:a, :b, :c, :d], Stream.cycle([1,2])]) |> Enum.to_list()
IO.inspect Stream.zip([[1,2,3],[4,5]]) |> Enum.to_list()
IO.inspect Stream.zip([1,2,3],[4,5]) |> Enum.to_list()
IO.inspect Stream.zip_with([1,2,3],[4,5], &+/2) |> Enum.to_list()
IO.inspect Stream.zip_with([1..3, 4..6], &Enum.sum/1) |> Enum.to_list()
IO.inspect 1..10 |> Stream.drop(3) |> Stream.take(2) |> Enum.to_list()
IO.inspect 1..10 |> Stream.take_while(&(&1 < 4)) |> Enum.to_list()
IO.inspect [1,1,2,2,1,3] |> Stream.dedup() |> Enum.to_list()
IO.inspect [1,1,2,2,1,3] |> Stream.each(&IO.write("#{&1} ")) |> Stream.take(3) |> Enum.to_list()
IO.inspect Stream.take([1,2,3], 0) |> Enum.to_list()
IO.inspect Stream.take([], 3)
IO.inspect Stream.take(1..5, -2) |> Enum.to_list()
IO.inspect Stream.flat_map(1..3, fn x -> Stream.take(Stream.repeatedly(fn -> x end), x) end) |> Enum.to_list()
IO.inspect 1..6 |> Stream.chunk_every(2) |> Stream.with_index() |> Stream.take(2) |> Enum.to_list
s = 1..10 |> Stream.take(5)
IO.inspect Enum.take(s, 2)
IO.inspect Enum.zip(s, Stream.chunk_every(1..9, 2))
IO.inspect Stream.chunk_while(1..10, [], fn x, acc -> if rem(x, 2) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end) |> Enum.to_list
IO.inspect 1..5 |> Stream.chunk_every(2) |> Stream.take(10) |> Enum.to_list
IO.inspect Stream.resource(fn -> IO.puts("open"); 0 end, fn 3 -> {:halt, 3}; n -> {[n], n + 1} end, fn _ -> IO.puts("close") end) |> Stream.zip(1..2) |> Enum.to_list
IO.inspect Stream.zip(Stream.resource(fn -> IO.puts("open"); 0 end, fn 3 -> {:halt, 3}; n -> {[n], n + 1} end, fn _ -> IO.puts("close") end), 1..10) |> Enum.to_list
IO.inspect Stream.dedup_by([1,2,3,4], &div(&1,2)) |> Enum.to_list
IO.inspect Enum.chunk_every(1..7, 3)
IO.inspect Stream.with_index(["a","b"]) |> Stream.map(fn {x, i} -> x <> "#{i}" end) |> Enum.join(",")
IO.inspect Stream.drop(1..5, 2) 
IO.inspect Stream.each(1..5, &IO.inspect/1) |> Stream.run
IO.inspect Stream.take(1..5, 3) |> Stream.take(2) |> Enum.to_list
IO.inspect Enum.zip([Stream.take(1..5, 2), 1..9]) 
try do
  Stream.zip([1, 2]) |> Enum.to_list
rescue e -> IO.inspect(e); IO.inspect(__STACKTRACE__)
end
try do
  Stream.zip([[1|2], [3, 4]]) |> Enum.to_list
rescue e -> IO.inspect(e); IO.inspect(__STACKTRACE__)
end
for f <- [
  fn -> Enum.zip([1, 2]) end,
  fn -> Enum.zip(1..3, Stream.map(1..3, fn _ -> raise "m" end)) end,
  fn -> Enum.zip_with(1..3, [1, 2], fn _, _ -> raise "z" end) end,
  fn -> Enum.zip_with([1..3, [1, 2]], fn _ -> raise "z" end) end,
  fn -> Enum.zip_reduce(1..3, [1, 2], 0, fn _, _, _ -> raise "r" end) end,
  fn -> Enum.zip_reduce([1..3, [1, 2]], 0, fn _, _ -> raise "r" end) end,
  fn -> Enum.zip([[1, 2], [3 | 4]]) end,
  fn -> Enum.zip_with([1, 2], [3, 4], fn _, _ -> raise "l" end) end,
  fn -> Enum.zip([Stream.take(1..5, 2), 1..9, Stream.chunk_every(1..9, 4)]) end,
  fn -> Enum.zip_reduce([1..3, 1..4], 0, fn [a, b], acc -> a * b + acc end) end,
  fn -> Enum.zip_with(1..3, 4..9, &{&2, &1}) end,
] do
  try do
    IO.inspect(f.())
  rescue e -> IO.inspect({e, __STACKTRACE__ |> Enum.take(7)})
  end
end
for {f, l} <- [{fn x -> raise "a#{x}" end, [1]}, {fn -> 1 end, []}, {fn _ -> 1 end, [1 | 2]}, {:a, [1]}, {fn _ -> 1 end, :x}] do
  try do
    :lists.foreach(f, l)
  rescue e -> IO.inspect({e, __STACKTRACE__ |> Enum.take(3)})
  end
end
