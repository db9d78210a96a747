# Calendar.ISO's year and month guards as Elixir 1.14's: leap_year?/1, days_in_month/2 and months_in_year/1 take years -9999..9999 only,
# date_to_iso_days/3 checks the day in ensure_day_in_month!/3 (no clause for a day that is no integer, 'invalid date' at 1654)
calls = [
  fn -> Calendar.ISO.date_to_iso_days(2020, 2, 30) end,
  fn -> Calendar.ISO.date_to_iso_days(2020, 13, 1) end,
  fn -> Calendar.ISO.date_to_iso_days(10000, 1, 1) end,
  fn -> Calendar.ISO.date_to_iso_days(:a, 1, 1) end,
  fn -> Calendar.ISO.date_to_iso_days(2020, 1, :a) end,
  fn -> Calendar.ISO.date_to_iso_days(2020, 1, 0) end,
  fn -> Calendar.ISO.date_to_iso_days(-9999, 1, 1) end,
  fn -> Calendar.ISO.days_in_month(10000, 1) end,
  fn -> Calendar.ISO.days_in_month(:a, 1) end,
  fn -> Calendar.ISO.days_in_month(2020, 13) end,
  fn -> Calendar.ISO.days_in_month(2020, 2) end,
  fn -> Calendar.ISO.leap_year?(10000) end,
  fn -> Calendar.ISO.leap_year?(:a) end,
  fn -> Calendar.ISO.naive_datetime_to_iso_days(:a, 1, 1, 0, 0, 0, {0, 0}) end,
  fn -> Calendar.ISO.naive_datetime_to_iso_days(2020, 1, 1, :a, 0, 0, {0, 0}) end,
  fn -> Calendar.ISO.months_in_year(10000) end,
  fn -> Calendar.ISO.valid_date?(10000, 1, 1) end,
  fn -> Calendar.ISO.valid_date?(:a, 1, 1) end,
  fn -> Calendar.ISO.valid_date?(2020, 13, 1) end
]
for f <- calls do
  try do
    IO.inspect(f.())
  rescue
    e ->
      IO.puts(Exception.message(e) |> String.split("\n") |> hd())
      IO.inspect(__STACKTRACE__ |> Enum.take_while(&(elem(&1, 0) == Calendar.ISO)) |> Enum.map(fn {_, f, a, l} -> {f, if(is_list(a), do: length(a), else: a), l[:line]} end))
  end
end
