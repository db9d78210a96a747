defmodule Maze do
  def parse(text) do
    for {line, y} <- text |> String.split("\n", trim: true) |> Enum.with_index(),
        {ch, x} <- line |> String.graphemes() |> Enum.with_index(),
        into: %{},
        do: {{x, y}, ch}
  end
  def find(grid, ch), do: Enum.find_value(grid, fn {p, ^ch} -> p; _ -> nil end)
  def bfs(grid, start, goal) do
    q = :queue.in({start, 0}, :queue.new())
    loop(grid, goal, q, MapSet.new([start]))
  end
  defp loop(grid, goal, q, seen) do
    case :queue.out(q) do
      {:empty, _} -> :unreachable
      {{:value, {^goal, d}}, _} -> {:ok, d}
      {{:value, {{x, y}, d}}, q} ->
        next = for {dx, dy} <- [{1, 0}, {-1, 0}, {0, 1}, {0, -1}], p = {x + dx, y + dy}, Map.get(grid, p, "#") != "#", p not in seen, do: p
        q = Enum.reduce(next, q, &:queue.in({&1, d + 1}, &2))
        loop(grid, goal, q, Enum.into(next, seen))
    end
  end
end
maze = """
#########
#S..#...#
#.#.#.#.#
#.#...#E#
#########
"""
g = Maze.parse(maze)
s = Maze.find(g, "S"); e = Maze.find(g, "E")
IO.inspect({s, e})
IO.inspect(Maze.bfs(g, s, e))
IO.inspect(Maze.bfs(Map.put(g, {7, 2}, "#"), s, e))
q = :queue.from_list([1, 2, 3])
IO.inspect(q)
IO.inspect(:queue.to_list(:queue.in_r(0, q)))
IO.inspect(:queue.len(q))
IO.inspect(:queue.peek_r(q))
IO.inspect(:queue.reverse(q) |> :queue.to_list())
IO.inspect(:queue.filter(&(&1 > 1), q) |> :queue.to_list())
IO.inspect(:queue.split(1, q))
IO.inspect(:queue.member(2, q))
ms = MapSet.new(1..5)
IO.inspect(MapSet.difference(ms, MapSet.new([2, 4])))
IO.inspect(MapSet.intersection(ms, MapSet.new([4, 5, 6])))
IO.inspect(MapSet.subset?(MapSet.new([1]), ms))
IO.inspect(MapSet.new(1..40) |> MapSet.size())
IO.inspect(MapSet.new([:b, :a, "c", 1, {1}]))
IO.inspect(MapSet.filter(ms, &(rem(&1, 2) == 0)))
IO.inspect(MapSet.new(1..40), limit: 5)
defmodule Rec do
  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)
  def memo_fib(n), do: elem(do_memo(n, %{0 => 0, 1 => 1}), 0)
  defp do_memo(n, memo) do
    case memo do
      %{^n => v} -> {v, memo}
      _ ->
        {a, memo} = do_memo(n - 1, memo)
        {b, memo} = do_memo(n - 2, memo)
        {a + b, Map.put(memo, n, a + b)}
    end
  end
  def perms([]), do: [[]]
  def perms(l), do: for x <- l, rest <- perms(l -- [x]), do: [x | rest]
  def flatten_deep(l), do: List.foldr(l, [], fn x, acc when is_list(x) -> flatten_deep(x) ++ acc; x, acc -> [x | acc] end)
end
IO.inspect(Rec.fib(20))
IO.inspect(Rec.memo_fib(100))
IO.inspect(Rec.perms([1, 2, 3]))
IO.inspect(Rec.flatten_deep([1, [2, [3, [4]], 5]]))
IO.inspect(Enum.scan(1..5, &+/2))
IO.inspect(Enum.reduce_while(1..100, 0, fn x, acc -> if acc + x > 20, do: {:halt, acc}, else: {:cont, acc + x} end))
IO.inspect(Enum.flat_map_reduce(1..4, 0, fn x, acc -> {[x, x], acc + x} end))
IO.inspect(Enum.map_reduce(1..4, 1, fn x, acc -> {x * acc, acc * 2} end))
IO.inspect(Enum.zip_with([1, 2], [3, 4], &*/2))
IO.inspect(Enum.split_while([1, 2, 5, 1], &(&1 < 3)))
IO.inspect(Enum.slide([:a, :b, :c, :d], 0, 2))
IO.inspect(Enum.min_max_by(~w(aaa b cc), &String.length/1))
IO.inspect(Enum.sum([1, 2.5]))
IO.inspect(Enum.product([2, 3]))
IO.inspect(Enum.uniq_by([{1, :a}, {1, :b}, {2, :c}], &elem(&1, 0)))
IO.inspect(Enum.dedup_by([1, 2, 11, 12, 3], &div(&1, 10)))
IO.inspect(Enum.into([a: 1], %{b: 2}))
IO.inspect(Enum.chunk_by(~w(a b bb c cc), &String.length/1))
IO.inspect(Enum.intersperse([1, 2, 3], :x))
IO.inspect(Enum.at([1, 2], 5, :none))
IO.inspect(Enum.fetch!([1, 2], 1))
IO.inspect(Enum.random([7]))
IO.inspect(Enum.join([1, "a", :b], "-"))
IO.inspect(Enum.count_until(1..100, 5))
