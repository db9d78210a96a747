defmodule Grid do
  def parse(input) do
    lines = String.split(input, "\n", trim: true)

    for {line, y} <- Enum.with_index(lines),
        {ch, x} <- Enum.with_index(String.to_charlist(line)),
        into: %{},
        do: {{x, y}, ch}
  end

  def find(grid, ch), do: grid |> Enum.find(fn {_, c} -> c == ch end) |> elem(0)

  def bfs(grid, start, goal) do
    queue = :queue.in({start, 0}, :queue.new())
    do_bfs(grid, queue, MapSet.new([start]), goal)
  end

  defp do_bfs(grid, queue, seen, goal) do
    case :queue.out(queue) do
      {:empty, _} ->
        :unreachable

      {{:value, {pos, dist}}, _rest} when pos == goal ->
        {:ok, dist}

      {{:value, {{x, y}, dist}}, rest} ->
        {queue, seen} =
          [{x + 1, y}, {x - 1, y}, {x, y + 1}, {x, y - 1}]
          |> Enum.filter(fn p -> Map.get(grid, p, ?#) != ?# and not MapSet.member?(seen, p) end)
          |> Enum.reduce({rest, seen}, fn p, {q, s} ->
            {:queue.in({p, dist + 1}, q), MapSet.put(s, p)}
          end)

        do_bfs(grid, queue, seen, goal)
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

grid = Grid.parse(maze)
s = Grid.find(grid, ?S)
e = Grid.find(grid, ?E)
IO.inspect({s, e})
IO.inspect(Grid.bfs(grid, s, e))
IO.inspect(Grid.bfs(Map.put(grid, {7, 2}, ?#), s, e))
IO.inspect(map_size(grid))
q = :queue.from_list([1, 2, 3])
IO.inspect(:queue.to_list(:queue.in_r(0, q)))
IO.inspect({:queue.len(q), :queue.peek(q), :queue.peek_r(q), :queue.is_empty(:queue.new())})
IO.inspect(q)
