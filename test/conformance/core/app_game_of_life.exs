defmodule Life do
  def step(cells) do
    cells
    |> Enum.flat_map(&neighbors/1)
    |> Enum.frequencies()
    |> Enum.filter(fn {c, n} -> n == 3 or (n == 2 and MapSet.member?(cells, c)) end)
    |> Enum.map(&elem(&1, 0))
    |> MapSet.new()
  end

  defp neighbors({x, y}), do: for(dx <- -1..1, dy <- -1..1, {dx, dy} != {0, 0}, do: {x + dx, y + dy})

  def render(cells, w, h) do
    for y <- 0..(h - 1) do
      for(x <- 0..(w - 1), into: "", do: if(MapSet.member?(cells, {x, y}), do: "#", else: "."))
    end
    |> Enum.join("\n")
  end
end

glider = MapSet.new([{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}])
Enum.reduce(0..4, glider, fn gen, cells ->
  IO.puts("gen #{gen}:")
  IO.puts(Life.render(cells, 6, 6))
  Life.step(cells)
end)
blinker = MapSet.new([{1, 0}, {1, 1}, {1, 2}])
IO.inspect(Life.step(Life.step(blinker)) == blinker)
r = Enum.reduce(1..100, MapSet.new([{1, 0}, {2, 0}, {0, 1}, {1, 1}, {1, 2}]), fn _, c -> Life.step(c) end)
IO.inspect(MapSet.size(r))
