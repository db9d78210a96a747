defmodule Pager do
  def pages(total) do
    Stream.resource(
      fn -> IO.puts("open"); 1 end,
      fn
        p when p > total -> {:halt, p}
        p -> {Enum.map(1..3, &"p#{p}-#{&1}"), p + 1}
      end,
      fn p -> IO.puts("close at #{p}") end
    )
  end
end
Pager.pages(3) |> Enum.take(5) |> IO.inspect()
Pager.pages(2) |> Enum.to_list() |> length() |> IO.inspect()
Pager.pages(10) |> Stream.filter(&String.ends_with?(&1, "2")) |> Stream.take(2) |> Enum.to_list() |> IO.inspect()
Stream.unfold({0, 1}, fn {a, b} -> {a, {b, a + b}} end) |> Enum.take(15) |> IO.inspect()
Stream.iterate(1, &(&1 * 2)) |> Stream.take_while(&(&1 < 1000)) |> Enum.to_list() |> IO.inspect()
Stream.cycle([:r, :g, :b]) |> Stream.zip(1..7) |> Enum.to_list() |> IO.inspect()
1..10 |> Stream.chunk_every(4) |> Enum.to_list() |> IO.inspect()
1..10 |> Stream.transform(0, fn x, acc -> if acc + x > 20, do: {:halt, acc}, else: {[acc + x], acc + x} end) |> Enum.to_list() |> IO.inspect()
Stream.repeatedly(fn -> :x end) |> Enum.take(3) |> IO.inspect()
[1, 2, 3] |> Stream.map(&IO.inspect(&1, label: "map")) |> Stream.filter(&(rem(&1, 2) == 1)) |> Enum.to_list() |> IO.inspect()
s = Stream.map([1, 2], & &1)
IO.inspect(is_function(s) or is_struct(s, Stream))
Stream.interval(10) |> Stream.take(3) |> Enum.to_list() |> IO.inspect()
1..6 |> Stream.dedup_by(&div(&1, 2)) |> Enum.to_list() |> IO.inspect()
Stream.concat([1..2, [3], Stream.map(4..5, &(&1 * 10))]) |> Enum.to_list() |> IO.inspect()
Stream.with_index(~w(a b c), 10) |> Enum.into(%{}) |> IO.inspect()
Stream.flat_map(1..3, &List.duplicate(&1, &1)) |> Enum.join(",") |> IO.puts()
Stream.scan(1..5, &(&1 * &2)) |> Enum.to_list() |> IO.inspect()
Stream.uniq([1, 2, 1, 3, 2]) |> Enum.to_list() |> IO.inspect()
Stream.intersperse(1..3, :sep) |> Enum.to_list() |> IO.inspect()
Stream.run(Stream.each(1..2, &IO.puts/1))
Stream.zip_with([1..3, 4..6], fn [a, b] -> a * b end) |> Enum.to_list() |> IO.inspect()
Stream.chunk_while(1..10, [], fn x, acc -> if rem(x, 3) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]} end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end) |> Enum.to_list() |> IO.inspect()
Pager.pages(2) |> Stream.map(fn "p2-1" -> raise "boom"; x -> x end) |> Enum.to_list()
