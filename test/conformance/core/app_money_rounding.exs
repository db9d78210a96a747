defmodule Money do
  def split(cents, n) do
    base = div(cents, n)
    extra = rem(cents, n)
    for i <- 1..n, do: base + if(i <= extra, do: 1, else: 0)
  end

  def format(cents) do
    sign = if cents < 0, do: "-", else: ""
    c = abs(cents)
    whole = c |> div(100) |> Integer.to_string() |> group()
    sign <> "$" <> whole <> "." <> String.pad_leading(Integer.to_string(rem(c, 100)), 2, "0")
  end

  defp group(s) do
    s |> String.reverse() |> String.graphemes() |> Enum.chunk_every(3) |> Enum.map_join(",", &Enum.join/1) |> String.reverse()
  end
end

IO.inspect(Money.split(1000, 3))
IO.inspect(Money.split(7, 4))
IO.inspect(Enum.sum(Money.split(123_456, 7)))
for c <- [0, 5, 99, 100, 123_456, 100_000_000, -250, 12_345_678_901] do
  IO.puts(Money.format(c))
end
