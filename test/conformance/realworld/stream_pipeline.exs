defmodule Fib do
  def stream, do: Stream.unfold({0, 1}, fn {a, b} -> {a, {b, a + b}} end)
end

defmodule Ticker do
  def lines(list) do
    Stream.resource(
      fn -> IO.puts("open"); list end,
      fn
        [] -> {:halt, []}
        [h | t] -> {[h], t}
      end,
      fn _ -> IO.puts("close") end
    )
  end
end

defmodule Main do
  def run do
    IO.inspect(Fib.stream() |> Enum.take(15))
    IO.inspect(Fib.stream() |> Stream.filter(&(rem(&1, 2) == 0)) |> Stream.take_while(&(&1 < 10_000)) |> Enum.to_list())
    IO.inspect(Ticker.lines(~w(a b c d e)) |> Stream.map(&String.upcase/1) |> Enum.take(2))
    IO.inspect(Ticker.lines(~w(x y)) |> Enum.to_list())
    IO.inspect(1..10 |> Stream.chunk_every(3) |> Enum.to_list())
    IO.inspect(1..10 |> Stream.chunk_every(3, 2, [:pad]) |> Enum.to_list())
    IO.inspect(1..10 |> Stream.chunk_every(4, 4, :discard) |> Enum.to_list())
    IO.inspect(Stream.cycle([:r, :g, :b]) |> Stream.zip(1..7) |> Enum.to_list())
    IO.inspect(Stream.zip([[1, 2, 3], [:a, :b], ["x", "y", "z"]]) |> Enum.to_list())
    IO.inspect(Stream.zip_with([1, 2, 3], [10, 20, 30], &+/2) |> Enum.to_list())
    running =
      Stream.transform(1..10, 0, fn x, acc ->
        if acc + x > 20, do: {:halt, acc}, else: {[acc + x], acc + x}
      end)
    IO.inspect(Enum.to_list(running))
    IO.inspect(Stream.iterate(1, &(&1 * 3)) |> Enum.take(6))
    IO.inspect(Stream.repeatedly(fn -> :x end) |> Enum.take(3))
    IO.inspect(Stream.with_index(~w(a b c), 1) |> Enum.to_list())
    IO.inspect(Stream.dedup([1, 1, 2, 2, 2, 1, 3]) |> Enum.to_list())
    IO.inspect(Stream.uniq_by([{1, :a}, {2, :b}, {1, :c}], &elem(&1, 0)) |> Enum.to_list())
    IO.inspect(Stream.scan(1..5, &(&1 + &2)) |> Enum.to_list())
    IO.inspect(Stream.intersperse(1..4, 0) |> Enum.to_list())
    IO.inspect(Stream.flat_map(1..3, &List.duplicate(&1, &1)) |> Enum.to_list())
    IO.inspect(Stream.drop_every(1..10, 3) |> Enum.to_list())
    IO.inspect(Stream.take_every(1..10, 4) |> Enum.to_list())
    IO.inspect(Stream.chunk_by(~w(a b 1 2 c), &(&1 =~ ~r/\d/)) |> Enum.to_list())
    IO.inspect(Stream.concat([1..2, [3], Stream.map(4..5, & &1)]) |> Enum.to_list())
    IO.inspect(Stream.each([1, 2], &IO.puts("saw #{&1}")) |> Stream.run())
    IO.inspect(Stream.drop(1..10, -3) |> Enum.to_list())
    IO.inspect(Stream.take(1..10, -3) |> Enum.to_list())
    IO.inspect(Stream.reject(1..10, &(rem(&1, 3) == 0)) |> Stream.map(&(&1 * &1)) |> Enum.sum())
    IO.inspect(Stream.interval(1) |> Enum.take(3))
    IO.inspect(Stream.timer(1) |> Enum.to_list())
    IO.inspect(Stream.chunk_while(1..10, [], fn x, acc ->
      if rem(x, 4) == 0, do: {:cont, Enum.reverse([x | acc]), []}, else: {:cont, [x | acc]}
    end, fn [] -> {:cont, []}; acc -> {:cont, Enum.reverse(acc), []} end) |> Enum.to_list())
    s = Stream.map([1, 2, 3], & &1)
    IO.puts(inspect(s) =~ "Stream")
    IO.inspect(Enum.zip(Stream.cycle([1]), [:a, :b]))
    IO.inspect(Stream.map(1..3, &(&1 * 2)) |> Enum.into(MapSet.new()))
    IO.inspect(1..3 |> Stream.map(&{&1, &1 * &1}) |> Map.new())
    IO.inspect(Stream.unfold(5, fn 0 -> nil; n -> {n, n - 1} end) |> Enum.reverse())
    IO.inspect(Enum.take(Stream.resource(fn -> 0 end, fn n -> {[n], n + 1} end, fn _ -> IO.puts("done") end), 3))
  end
end

Main.run()
