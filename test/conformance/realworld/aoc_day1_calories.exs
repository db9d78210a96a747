input = """
1000
2000
3000

4000

5000
6000

7000
8000
9000

10000
"""

elves =
  input
  |> String.split("\n\n", trim: true)
  |> Enum.map(fn chunk ->
    chunk
    |> String.split("\n", trim: true)
    |> Enum.map(&String.to_integer/1)
    |> Enum.sum()
  end)

IO.puts("Part 1: #{Enum.max(elves)}")
IO.puts("Part 2: #{elves |> Enum.sort(:desc) |> Enum.take(3) |> Enum.sum()}")
IO.inspect(Enum.with_index(elves, 1), label: "elves")
IO.inspect(Enum.max_by(Enum.with_index(elves), &elem(&1, 0)))
IO.inspect(Enum.frequencies_by(elves, &rem(&1, 3)))
