defmodule ShiftPlanner do
  @weekdays ~w(Mon Tue Wed Thu Fri Sat Sun)

  def schedule(start_date, weeks) do
    start_date
    |> Date.beginning_of_week()
    |> Date.range(Date.add(Date.beginning_of_week(start_date), weeks * 7 - 1))
    |> Enum.reject(&(Date.day_of_week(&1) in [6, 7]))
    |> Enum.with_index()
    |> Enum.map(fn {d, i} -> {d, Enum.at(["ann", "bob", "cy"], rem(i, 3))} end)
  end

  def label(date), do: "#{Enum.at(@weekdays, Date.day_of_week(date) - 1)} #{Calendar.strftime(date, "%d %b %Y")}"
end

for {d, who} <- ShiftPlanner.schedule(~D[2024-02-26], 2) do
  IO.puts("#{ShiftPlanner.label(d)}: #{who}")
end

d = ~D[2024-01-31]
IO.inspect(Date.add(d, 29))
IO.inspect(Date.diff(~D[2025-01-01], d))
IO.inspect(Date.leap_year?(d))
IO.inspect(Date.end_of_month(~D[2024-02-10]))
IO.inspect(Date.days_in_month(~D[2023-02-10]))
IO.inspect(Date.quarter_of_year(d))
IO.inspect(Date.day_of_year(~D[2024-12-31]))
IO.inspect(Date.compare(~D[2024-01-01], ~D[2023-12-31]))
IO.inspect(Date.range(~D[2024-01-01], ~D[2024-01-10], 3) |> Enum.to_list())
IO.inspect(Date.range(~D[2024-01-05], ~D[2024-01-01]) |> Enum.count())
IO.inspect(Date.from_iso8601("2024-13-01"))
IO.inspect(Date.from_iso8601!("2024-03-15") |> Date.to_erl())
IO.inspect(Date.new(2023, 2, 29))
IO.inspect(Enum.sort([~D[2024-05-01], ~D[2023-01-01], ~D[2024-01-09]], Date))
IO.inspect(Enum.min_max_by([~D[2024-05-01], ~D[2023-01-01]], & &1, Date))
IO.inspect(Date.beginning_of_week(~D[2024-03-07], :sunday))
IO.inspect(Date.day_of_week(~D[2024-03-07], :sunday))

t = ~T[23:59:30.123]
IO.inspect(Time.add(t, 45))
IO.inspect(Time.add(t, 1500, :millisecond))
IO.inspect(Time.diff(~T[10:00:00], ~T[08:30:15]))
IO.inspect(Time.diff(~T[10:00:00], ~T[08:30:15], :minute))
IO.inspect(Time.truncate(t, :second))
IO.inspect(Time.to_seconds_after_midnight(~T[01:00:01]))
IO.inspect(Time.from_seconds_after_midnight(3725))
IO.inspect(Time.new(25, 0, 0))

ndt = ~N[2024-02-28 22:15:00]
IO.inspect(NaiveDateTime.add(ndt, 3 * 3600))
IO.inspect(NaiveDateTime.add(ndt, 2, :day))
IO.inspect(NaiveDateTime.diff(~N[2024-03-01 00:00:00], ndt, :hour))
IO.inspect(NaiveDateTime.to_date(ndt))
IO.inspect(NaiveDateTime.to_iso8601(ndt))
IO.inspect(NaiveDateTime.from_iso8601("2024-02-28T22:15:00.5Z"))
IO.inspect(NaiveDateTime.new!(~D[2024-01-01], ~T[12:00:00]))

dt = ~U[2024-03-10 08:00:00Z]
IO.inspect(DateTime.add(dt, -90, :minute))
IO.inspect(DateTime.to_unix(dt))
IO.inspect(DateTime.from_unix!(1_700_000_000))
IO.inspect(DateTime.from_unix(1_700_000_000_123, :millisecond))
IO.inspect(DateTime.to_iso8601(dt, :basic))
IO.inspect(DateTime.from_iso8601("2024-03-10T10:00:00+02:00"))
IO.inspect(DateTime.diff(~U[2024-03-11 00:00:00Z], dt))
IO.inspect(DateTime.shift_zone(dt, "Europe/Paris"))
IO.inspect(DateTime.to_naive(dt))
IO.inspect(DateTime.truncate(~U[2024-03-10 08:00:00.987654Z], :millisecond))
IO.puts(Calendar.strftime(dt, "%A, %B %-d %Y at %I:%M %p (%j) %%"))
IO.puts(Calendar.strftime(~N[2024-07-04 15:05:09], "%y-%m-%d %H:%M:%S %a %b %c"))
IO.inspect(DateTime.compare(dt, ~U[2024-03-10 08:00:00.000Z]))
IO.inspect(to_string(~U[2024-03-10 08:00:00.120Z]))
IO.inspect(:calendar.day_of_the_week(2024, 3, 10))
IO.inspect(:calendar.gregorian_days_to_date(739_000))
IO.inspect(:calendar.date_to_gregorian_days({2024, 3, 10}))
IO.inspect(:calendar.is_leap_year(1900))
IO.inspect(:calendar.last_day_of_the_month(2024, 2))
IO.inspect(:calendar.seconds_to_daystime(100_000))
IO.inspect(:calendar.valid_date(2024, 2, 30))
