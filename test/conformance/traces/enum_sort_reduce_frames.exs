# Enum.sort/2 of something that is not a list cuts its runs inside the reduce (sort_reducer/3
# under maps.fold_1, reduce_range/5 or Enumerable.reduce, then Enum.sort/2 at the reduce's line)
# and merges them after it (sort_merge1/2 under sort_merge/4 or reverse_sort_merge/4); the fn of
# Elixir's inlined reduce is the caller's -anonymous-N- (N after the caller's own inlined :lists
# calls); reverse/2 and flat_map_reduce/3 at Elixir's lines
defmodule Main do
  def frames(st), do: for({m, f, a, loc} <- st, m != Main, do: {m, f, if(is_list(a), do: length(a), else: a), loc[:line]})

  def bad_at(enum, k, kind) do
    c = :counters.new(1, [])
    f = fn a, b ->
      :counters.add(c, 1, 1)
      n = :counters.get(c, 1)
      cond do
        n == k and kind == :raise -> raise "boom"
        n == k -> :bad
        true -> a <= b
      end
    end
    try do
      {:ok, Enum.sort(enum, f)}
    rescue
      e -> {Exception.message(e), frames(__STACKTRACE__)}
    end
  end

  def run do
    enums = [%{a: 3, b: 1, c: 2, d: 5, e: 4}, 5..1//-1, 1..6, MapSet.new([4, 2, 9, 1, 7, 3]),
      Stream.map([5, 1, 4, 2, 3, 3, 1, 5, 9, 0, 2], & &1), Stream.map([1, 3, 2, 5, 4, 7, 6, 9, 8, 0], & &1)]
    for e <- enums, kind <- [:raise, :bad], k <- 1..40 do
      case bad_at(e, k, kind) do
        {:ok, _} -> :ok
        r -> IO.inspect({k, kind, r}, width: 300)
      end
    end

    IO.inspect(Enum.sort(Stream.map([2, 1.0, 1, 2.0, 0], & &1), &<=/2))
    IO.inspect(Enum.sort(Stream.map([2, 1.0, 1, 2.0, 0], & &1), &>=/2))

    ms = MapSet.new([1, 2])
    boom = fn _ -> raise "x" end
    boom2 = fn _, _ -> raise "x" end
    tests = [
      filter: fn -> Enum.filter(ms, boom) end,
      map: fn -> Enum.map(ms, boom) end,
      each: fn -> Enum.each(ms, boom) end,
      count: fn -> Enum.count(ms, boom) end,
      frequencies_by: fn -> Enum.frequencies_by(ms, boom) end,
      map_reduce: fn -> Enum.map_reduce(ms, 0, boom2) end,
      sort_module: fn -> Enum.sort(MapSet.new([1, :a]), {:asc, Date}) end,
      flat_map_reduce: fn -> Enum.flat_map_reduce(ms, 0, boom2) end,
      flat_map_reduce_bad: fn -> Enum.flat_map_reduce(ms, 0, fn _, a -> {:notenum, a} end) end,
      reverse_bad_tail: fn -> Enum.reverse(MapSet.new([1]), boom) end,
      reverse_bad_enum: fn -> Enum.reverse(:x, [1]) end
    ]
    for {name, f} <- tests do
      try do
        f.()
      rescue
        _ -> IO.inspect({name, frames(__STACKTRACE__)}, width: 300)
      end
    end
    IO.inspect({Enum.reverse(1..3, 4..5), Enum.reverse(%{a: 1}, [0]), Enum.flat_map_reduce(ms, 0, fn x, a -> {1..x, a + x} end)})

    Enum.sort(%{a: 1, b: 2}, fn _, _ -> raise "boom" end)
  end
end

Main.run()
