defmodule Scheduler do
  @moduledoc "Plans recurring meetings and reports on them."

  def weekdays_between(%Date{} = from, %Date{} = to) do
    Date.range(from, to)
    |> Enum.reject(fn d -> Date.day_of_week(d) in [6, 7] end)
  end

  def next_weekday(date, target_dow) do
    dow = Date.day_of_week(date)
    delta = rem(target_dow - dow + 7, 7)
    delta = if delta == 0, do: 7, else: delta
    Date.add(date, delta)
  end

  def month_calendar(year, month) do
    first = Date.new!(year, month, 1)
    days = Date.days_in_month(first)
    last = Date.new!(year, month, days)
    {first, last, Date.beginning_of_week(first), Date.end_of_week(last)}
  end

  def format(%Date{} = d) do
    names = ~w(Mon Tue Wed Thu Fri Sat Sun)
    "#{Enum.at(names, Date.day_of_week(d) - 1)} #{Date.to_iso8601(d)}"
  end
end

start = ~D[2024-02-26]
finish = ~D[2024-03-08]
days = Scheduler.weekdays_between(start, finish)
IO.puts("weekdays: #{length(days)}")
Enum.each(days, &IO.puts(Scheduler.format(&1)))
IO.inspect(Scheduler.next_weekday(~D[2024-02-29], 1), label: "next monday")
IO.inspect(Scheduler.month_calendar(2024, 2))
IO.inspect(Date.leap_year?(~D[2024-01-01]))
IO.inspect(Date.diff(~D[2025-01-01], ~D[2024-01-01]))
IO.inspect(Date.compare(~D[2024-03-01], ~D[2024-02-29]))
IO.inspect(Date.range(~D[2024-01-01], ~D[2024-01-10], 3) |> Enum.to_list())
IO.inspect(Date.range(~D[2024-01-01], ~D[2024-01-10], 3))
IO.inspect(Date.day_of_year(~D[2024-12-31]))
IO.inspect(Date.quarter_of_year(~D[2024-08-15]))
IO.inspect(Date.year_of_era(~D[2024-08-15]))
IO.inspect(Date.beginning_of_month(~D[2024-08-15]))
IO.inspect(Date.end_of_month(~D[2023-02-15]))
IO.inspect(Date.from_iso8601("2024-13-01"))
IO.inspect(Date.from_iso8601("2024-02-30"))
IO.inspect(Date.from_iso8601!("2024-02-29"))
IO.inspect(Date.from_erl({2020, 5, 17}))
IO.inspect(Date.to_erl(~D[2020-05-17]))
IO.inspect(Date.new(2023, 2, 29))
IO.inspect(Date.to_string(~D[0005-01-01]))
IO.inspect(Date.utc_today().__struct__)
IO.inspect(Date.day_of_week(~D[2024-01-07], :sunday))
IO.inspect(Date.months_in_year(~D[2024-01-07]))
sorted = Enum.sort([~D[2024-03-01], ~D[2023-12-31], ~D[2024-01-15]], Date)
IO.inspect(sorted)
IO.inspect(Enum.max([~D[2024-03-01], ~D[2023-12-31]], Date))
IO.inspect(Enum.min_by([%{d: ~D[2024-03-01]}, %{d: ~D[2023-12-31]}], & &1.d, Date))
try do
  Date.new!(2023, 2, 30)
rescue
  e -> IO.puts("error: " <> Exception.message(e))
end
