# Enum.min/max with a sorter as Elixir 1.14: a range compares only its first and last integers
# (its last reached by the step), and an answer that is not a boolean is a CaseClauseError in
# aggregate/3 (a range), aggregate_list/3 (a list) or aggregate/3's fn (any other enumerable)
defmodule Main do
  def run do
    odd_wins = fn a, _b -> rem(a, 2) == 1 end
    tests = [
      min_range: fn -> Enum.min(1..5, &max/2) end,
      max_range: fn -> Enum.max(1..5, &max/2) end,
      min_list: fn -> Enum.min([1, 2, 3], &max/2) end,
      min_mapset: fn -> Enum.min(MapSet.new([1, 2, 3]), &max/2) end,
      min_map: fn -> Enum.min(%{a: 1, b: 2}, fn _, _ -> nil end) end,
      max_stream: fn -> Enum.max(Stream.map([1, 2], & &1), fn _, _ -> 0 end) end,
      range_odd: fn -> Enum.min(2..9, odd_wins) end,
      range_odd2: fn -> Enum.max(1..8, odd_wins) end,
      range_step: fn -> Enum.max(1..10//4, fn a, b -> a >= b end) end,
      range_down: fn -> Enum.min(9..1//-3, &<=/2) end,
      range_one: fn -> Enum.min(3..3, &max/2) end,
      range_empty: fn -> Enum.min(1..0//1, &<=/2, fn -> :empty end) end,
      list_odd: fn -> Enum.min([2, 4, 5, 6, 7], odd_wins) end,
      mapset_odd: fn -> Enum.max(MapSet.new([2, 4, 5, 6, 7]), odd_wins) end,
      empty_mapset: fn -> Enum.max(MapSet.new(), &>=/2, fn -> :none end) end
    ]

    for {name, f} <- tests do
      try do
        IO.inspect({name, f.()})
      rescue
        e -> IO.inspect({name, e.__struct__, Exception.message(e), Enum.take(__STACKTRACE__, 2) |> Enum.map(fn {m, f, a, l} -> {m, f, if(is_list(a), do: length(a), else: a), l[:line]} end)})
      end
    end

    Enum.max(1..4, fn _, _ -> :maybe end)
  end
end

Main.run()
