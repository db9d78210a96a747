# A failure inside a stream's function shows Enumerable.Stream.do_each/4 under the enumerable's
# reduce, whichever Enum function consumes the stream; Enum.count/1 and Enum.take/2 keep their own
# frames over a stream's reduce
defmodule Try do
  def go(name, f) do
    try do
      IO.inspect({name, f.()})
    rescue
      e ->
        frames = Enum.map(__STACKTRACE__, fn {m, f, a, loc} -> {m, f, if(is_list(a), do: length(a), else: a), loc[:line]} end)
        IO.inspect({name, e.__struct__, Enum.take(frames, 6)}, limit: :infinity)
    end
  end
end

defmodule Prices do
  def parse(items), do: Stream.map(items, fn {name, cents} -> {name, cents / 100} end)
end

items = [{"tea", 250}, {"cake", nil}]
Try.go(:to_list, fn -> items |> Prices.parse() |> Enum.to_list() end)
Try.go(:sum, fn -> [1, 2, nil] |> Stream.map(&(&1 + 1)) |> Enum.sum() end)
Try.go(:each, fn -> [1, nil] |> Stream.map(&(&1 * 2)) |> Enum.each(fn _ -> :ok end) end)
Try.go(:filter_map, fn -> [1, nil] |> Stream.filter(&(&1 > 0)) |> Enum.map(& &1) end)
Try.go(:take, fn -> [1, nil, 3] |> Stream.map(&(&1 + 1)) |> Enum.take(2) end)
Try.go(:count, fn -> [1, nil] |> Stream.map(&(&1 + 1)) |> Enum.count() end)
Try.go(:count_ok, fn -> 1..4 |> Stream.map(& &1) |> Enum.count() end)
Try.go(:take_ok, fn -> Stream.iterate(1, &(&1 * 2)) |> Enum.take(5) end)
Try.go(:into, fn -> [nil] |> Stream.map(&(&1 + 1)) |> Enum.into([]) end)
Try.go(:run, fn -> [nil] |> Stream.map(&(&1 + 1)) |> Stream.run() end)

items |> Prices.parse() |> Enum.to_list()
