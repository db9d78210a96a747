defmodule Day5 do
  @input """
  seeds: 79 14 55 13

  seed-to-soil map:
  50 98 2
  52 50 48

  soil-to-fertilizer map:
  0 15 37
  37 52 2
  39 0 15
  """

  def parse(text) do
    [seeds | maps] = String.split(text, "\n\n", trim: true)
    seeds = seeds |> String.replace_prefix("seeds: ", "") |> String.split() |> Enum.map(&String.to_integer/1)
    maps =
      Enum.map(maps, fn block ->
        [header | lines] = String.split(block, "\n", trim: true)
        [_, from, to] = Regex.run(~r/(\w+)-to-(\w+) map:/, header)
        ranges = for l <- lines, do: l |> String.split() |> Enum.map(&String.to_integer/1) |> List.to_tuple()
        {from, to, ranges}
      end)
    {seeds, maps}
  end

  def lookup(n, ranges) do
    Enum.find_value(ranges, n, fn {dst, src, len} ->
      if n in src..(src + len - 1), do: dst + n - src
    end)
  end

  def run do
    {seeds, maps} = parse(@input)
    IO.inspect(seeds, label: "seeds")
    IO.inspect(maps, label: "maps", pretty: true, width: 40)
    locs = for s <- seeds, do: Enum.reduce(maps, s, fn {_, _, r}, acc -> lookup(acc, r) end)
    IO.inspect(Enum.zip(seeds, locs), label: "locs")
    IO.puts("min: #{Enum.min(locs)}")
    IO.inspect(Enum.frequencies_by(locs, &rem(&1, 3)))
    IO.inspect(Enum.chunk_every(1..10, 3, 2, :discard))
    IO.inspect(Enum.group_by(seeds, &(&1 > 20), &(&1 * 2)))
    IO.inspect(MapSet.new(seeds) |> MapSet.union(MapSet.new([1, 2, 79])), label: "set")
    IO.inspect(1..100 |> Enum.to_list(), limit: 5)
    IO.inspect(%{a: [1, 2, 3], b: "str", c: {1, 2}}, pretty: true, width: 10)
  end
end
Day5.run()
