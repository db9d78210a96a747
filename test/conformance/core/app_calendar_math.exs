defmodule Cal do
  def leap?(y), do: (rem(y, 4) == 0 and rem(y, 100) != 0) or rem(y, 400) == 0
  def days_in_month(y, 2), do: if(leap?(y), do: 29, else: 28)
  def days_in_month(_, m) when m in [4, 6, 9, 11], do: 30
  def days_in_month(_, _), do: 31

  # Zeller-like: 0 = Monday
  def weekday(y, m, d) do
    {y, m} = if m < 3, do: {y - 1, m + 12}, else: {y, m}
    k = rem(y, 100)
    j = div(y, 100)
    h = rem(d + div(13 * (m + 1), 5) + k + div(k, 4) + div(j, 4) + 5 * j, 7)
    rem(h + 5, 7)
  end

  def day_of_year(y, m, d), do: Enum.sum(for(mm <- 1..(m - 1)//1, do: days_in_month(y, mm))) + d

  def month_grid(y, m) do
    names = ~w(Mo Tu We Th Fr Sa Su)
    first = weekday(y, m, 1)
    cells = List.duplicate("  ", first) ++ Enum.map(1..days_in_month(y, m), &String.pad_leading(Integer.to_string(&1), 2))
    rows = cells |> Enum.chunk_every(7) |> Enum.map(&Enum.join(&1, " "))
    Enum.join([Enum.join(names, " ") | rows], "\n")
  end
end

IO.inspect(Enum.filter(1896..1912, &Cal.leap?/1))
days = ~w(Monday Tuesday Wednesday Thursday Friday Saturday Sunday)
for {y, m, d} <- [{2000, 1, 1}, {1969, 7, 20}, {2024, 2, 29}, {2026, 11, 25}] do
  IO.puts("#{y}-#{m}-#{d}: #{Enum.at(days, Cal.weekday(y, m, d))}, day #{Cal.day_of_year(y, m, d)}")
end
IO.puts(Cal.month_grid(2024, 2))
