input = """
    [D]
[N] [C]
[Z] [M] [P]
 1   2   3

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2
"""

[drawing, moves] = String.split(input, "\n\n")

stacks =
  drawing
  |> String.split("\n")
  |> Enum.drop(-1)
  |> Enum.map(fn line ->
    line |> String.graphemes() |> Enum.chunk_every(4) |> Enum.map(&Enum.at(&1, 1))
  end)
  |> Enum.reduce(%{}, fn row, acc ->
    row
    |> Enum.with_index(1)
    |> Enum.reduce(acc, fn
      {" ", _}, acc -> acc
      {nil, _}, acc -> acc
      {c, i}, acc -> Map.update(acc, i, [c], &(&1 ++ [c]))
    end)
  end)

IO.inspect(stacks)

moves =
  Regex.scan(~r/move (\d+) from (\d+) to (\d+)/, moves, capture: :all_but_first)
  |> Enum.map(fn l -> Enum.map(l, &String.to_integer/1) end)

IO.inspect(moves)

run = fn reverse? ->
  Enum.reduce(moves, stacks, fn [n, from, to], st ->
    {taken, rest} = Enum.split(st[from], n)
    taken = if reverse?, do: Enum.reverse(taken), else: taken
    %{st | from => rest, to => taken ++ st[to]}
  end)
  |> Enum.sort()
  |> Enum.map_join(fn {_, [h | _]} -> h end)
end

IO.puts(run.(true))
IO.puts(run.(false))
