# Stream.transform/4 and /5 (start, last and after funs), Stream.duplicate/2
s =
  Stream.transform(
    1..5,
    fn -> IO.puts("start"); 0 end,
    fn x, acc -> if x == 4, do: {:halt, acc}, else: {[x, acc], acc + x} end,
    fn acc -> IO.puts("last #{acc}"); {[:last, acc], acc * 10} end,
    fn acc -> IO.puts("after #{acc}") end
  )

IO.inspect(Enum.to_list(s), label: "reducer halts")
IO.inspect(Enum.take(s, 2), label: "consumer halts")
IO.inspect(Stream.zip(s, 1..20) |> Enum.to_list(), label: "zipped")

s5 =
  Stream.transform(
    [1, 2, 3],
    fn -> 0 end,
    fn x, acc -> {[x], acc + x} end,
    fn acc -> IO.puts("last #{acc}"); {[:sum, acc], acc} end,
    fn acc -> IO.puts("after #{acc}") end
  )

IO.inspect(Enum.to_list(s5), label: "with last")
IO.inspect(Enum.take(s5, 4), label: "take into last")
IO.inspect(Enum.take(s5, 2), label: "take before last")
IO.inspect(Stream.take(s5, 5) |> Stream.map(&{&1}) |> Enum.to_list(), label: "piped")

s4 = Stream.transform(1..3, fn -> IO.puts("start4"); 0 end, fn x, acc -> {[x * 2], acc + x} end, fn acc -> IO.puts("after4 #{acc}") end)
IO.inspect(Enum.to_list(s4), label: "transform/4")
IO.inspect(Enum.take(s4, 1), label: "transform/4 take")

try do
  Stream.transform(1..3, fn -> 0 end, fn x, _ -> raise "boom #{x}" end, fn acc -> IO.puts("after raise #{acc}") end)
  |> Enum.to_list()
rescue
  e -> IO.inspect(e, label: "rescued")
end

try do
  Stream.transform(1..3, fn -> 0 end, fn x, acc -> {[x], acc + 1} end, fn acc -> IO.puts("after downstream raise #{acc}") end)
  |> Enum.each(fn x -> if x == 2, do: raise("downstream #{x}") end)
rescue
  e -> IO.inspect(e, label: "rescued")
end

IO.inspect(Stream.transform(1..3, fn -> 0 end, fn x, a -> {[x], a} end, fn a -> {:halt, a} end, fn _ -> :ok end) |> Enum.to_list(), label: "last halts")
IO.inspect(Stream.transform([[1, 2], [3]], fn -> 0 end, fn x, a -> {x, a} end, fn a -> {[a], a} end, fn _ -> :ok end) |> Stream.flat_map(fn x -> [x, x] end) |> Enum.take(3), label: "flat_mapped")
IO.inspect(Stream.transform([], fn -> :s end, fn x, a -> {[x], a} end, fn a -> {[a], a} end, fn a -> IO.puts("after #{a}") end) |> Enum.to_list(), label: "empty")
IO.inspect(Stream.duplicate(:a, 3) |> Enum.to_list(), label: "duplicate")
IO.inspect(Stream.duplicate(:a, 0) |> Enum.to_list(), label: "duplicate 0")
IO.inspect(Stream.duplicate("x", 5) |> Stream.with_index() |> Enum.take(2), label: "duplicate take")
