signal = "mjqjpqmgbljsphdztnvjfqwrcgsmlb"

find = fn s, n ->
  s
  |> String.graphemes()
  |> Stream.chunk_every(n, 1, :discard)
  |> Stream.with_index(n)
  |> Enum.find_value(fn {chunk, i} -> if length(Enum.uniq(chunk)) == n, do: i end)
end

IO.inspect(find.(signal, 4))
IO.inspect(find.(signal, 14))

Stream.iterate(1, &(&1 * 2)) |> Enum.take(10) |> IO.inspect()
Stream.unfold({0, 1}, fn {a, b} -> {a, {b, a + b}} end) |> Enum.take(15) |> IO.inspect()
Stream.cycle([:a, :b, :c]) |> Stream.zip(1..7) |> Enum.to_list() |> IO.inspect()
1..20 |> Stream.filter(&(rem(&1, 3) == 0)) |> Stream.map(&(&1 * &1)) |> Enum.to_list() |> IO.inspect()
Stream.resource(fn -> 0 end, fn n -> if n < 5, do: {[n], n + 1}, else: {:halt, n} end, fn n -> IO.puts("done at #{n}") end)
|> Enum.to_list()
|> IO.inspect()
1..10 |> Stream.chunk_while([], fn x, acc -> if rem(x, 4) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end) |> Enum.to_list() |> IO.inspect()
Stream.transform(1..6, 0, fn x, acc -> if acc > 6, do: {:halt, acc}, else: {[x, acc], acc + x} end) |> Enum.to_list() |> IO.inspect()
IO.inspect(Stream.map(1..3, & &1) |> Stream.dedup() |> Enum.scan(&+/2))
Enum.dedup_by([1, 2, 11, 12, 3], &div(&1, 10)) |> IO.inspect()
