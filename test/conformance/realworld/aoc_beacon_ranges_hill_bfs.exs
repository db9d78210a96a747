input = """
Sensor at x=2, y=18: closest beacon is at x=-2, y=15
Sensor at x=9, y=16: closest beacon is at x=10, y=16
Sensor at x=13, y=2: closest beacon is at x=15, y=3
Sensor at x=12, y=14: closest beacon is at x=10, y=16
Sensor at x=10, y=20: closest beacon is at x=10, y=16
Sensor at x=14, y=17: closest beacon is at x=10, y=16
Sensor at x=8, y=7: closest beacon is at x=2, y=10
Sensor at x=2, y=0: closest beacon is at x=2, y=10
Sensor at x=0, y=11: closest beacon is at x=2, y=10
Sensor at x=20, y=14: closest beacon is at x=25, y=17
Sensor at x=17, y=20: closest beacon is at x=21, y=22
Sensor at x=16, y=7: closest beacon is at x=15, y=3
Sensor at x=14, y=3: closest beacon is at x=15, y=3
Sensor at x=20, y=1: closest beacon is at x=15, y=3
"""

defmodule Day15 do
  def parse(input) do
    input
    |> String.split("\n", trim: true)
    |> Enum.map(fn line ->
      [sx, sy, bx, by] =
        Regex.scan(~r/-?\d+/, line) |> List.flatten() |> Enum.map(&String.to_integer/1)
      {{sx, sy}, {bx, by}, abs(sx - bx) + abs(sy - by)}
    end)
  end

  def ranges(sensors, row) do
    sensors
    |> Enum.flat_map(fn {{sx, sy}, _, d} ->
      w = d - abs(sy - row)
      if w >= 0, do: [{sx - w, sx + w}], else: []
    end)
    |> Enum.sort()
    |> merge([])
  end

  defp merge([], acc), do: Enum.reverse(acc)
  defp merge([r | rest], []), do: merge(rest, [r])
  defp merge([{a, b} | rest], [{c, d} | acc]) when a <= d + 1, do: merge(rest, [{c, max(b, d)} | acc])
  defp merge([r | rest], acc), do: merge(rest, [r | acc])

  def part1(sensors, row) do
    covered = ranges(sensors, row) |> Enum.map(fn {a, b} -> b - a + 1 end) |> Enum.sum()
    beacons = sensors |> Enum.map(&elem(&1, 1)) |> Enum.filter(fn {_, y} -> y == row end) |> MapSet.new() |> MapSet.size()
    covered - beacons
  end

  def part2(sensors, max) do
    Enum.find_value(0..max, fn row ->
      case ranges(sensors, row) |> Enum.map(fn {a, b} -> {max(a, 0), min(b, max)} end) |> Enum.reject(fn {a, b} -> a > b end) do
        [{0, b}, _ | _] -> (b + 1) * 4_000_000 + row
        [{a, _} | _] when a > 0 -> row
        _ -> nil
      end
    end)
  end
end

s = Day15.parse(input)
IO.inspect(Enum.take(s, 2))
IO.inspect(Day15.ranges(s, 10), label: "ranges")
IO.puts("Part 1: #{Day15.part1(s, 10)}")
IO.puts("Part 2: #{Day15.part2(s, 20)}")

# Day 12 style BFS on a grid using :queue
grid = """
Sabqponm
abcryxxl
accszExk
acctuvwj
abdefghi
"""
rows = String.split(grid, "\n", trim: true)
cells =
  for {line, y} <- Enum.with_index(rows), {c, x} <- Enum.with_index(String.to_charlist(line)), into: %{} do
    {{x, y}, c}
  end
{start, _} = Enum.find(cells, fn {_, c} -> c == ?S end)
{goal, _} = Enum.find(cells, fn {_, c} -> c == ?E end)
h = fn
  ?S -> ?a
  ?E -> ?z
  c -> c
end
bfs = fn bfs, q, seen ->
  case :queue.out(q) do
    {:empty, _} -> :none
    {{:value, {pos, d}}, q} when pos == goal -> {d, MapSet.size(seen)}
    {{:value, {{x, y} = pos, d}}, q} ->
      {q, seen} =
        for n <- [{x + 1, y}, {x - 1, y}, {x, y + 1}, {x, y - 1}],
            Map.has_key?(cells, n),
            not MapSet.member?(seen, n),
            h.(cells[n]) - h.(cells[pos]) <= 1,
            reduce: {q, seen} do
          {q, seen} -> {:queue.in({n, d + 1}, q), MapSet.put(seen, n)}
        end
      bfs.(bfs, q, seen)
  end
end
IO.inspect(bfs.(bfs, :queue.from_list([{start, 0}]), MapSet.new([start])), label: "bfs")
IO.inspect(MapSet.new([3, 1, 2]) |> MapSet.union(MapSet.new([5])), label: "set")
IO.inspect(:queue.from_list([1, 2, 3]))
freq = "the quick brown fox jumps over the lazy dog the end" |> String.split() |> Enum.frequencies()
IO.inspect(freq |> Enum.sort_by(fn {w, c} -> {-c, w} end) |> Enum.take(3))
IO.inspect(Enum.chunk_every(1..10, 3, 2, :discard))
IO.inspect(1..20 |> Enum.chunk_by(&rem(&1, 4) == 0) |> length())
IO.inspect(Enum.zip_with([1, 2, 3], [4, 5, 6], &*/2))
IO.inspect(Enum.scan(1..6, &+/2))
IO.inspect(Enum.group_by(~w(apple avocado banana blueberry cherry), &String.first/1, &String.length/1))
IO.inspect(Integer.digits(9876) |> Enum.reverse() |> Integer.undigits())
IO.inspect(Enum.min_max_by(s, fn {_, _, d} -> d end))
