defmodule Billing do
  @doc "next billing dates: same day each month, clamped to month end"
  def schedule(%Date{} = start, n) do
    Enum.map(0..(n - 1), fn i -> shift_months(start, i) end)
  end

  def shift_months(%Date{year: y, month: m, day: d}, k) do
    total = y * 12 + (m - 1) + k
    {ny, nm} = {div(total, 12), rem(total, 12) + 1}
    last = :calendar.last_day_of_the_month(ny, nm)
    Date.new!(ny, nm, min(d, last))
  end

  def business_days(from, to) do
    Date.range(from, to)
    |> Enum.count(fn d -> Date.day_of_week(d) in 1..5 end)
  end

  def age(birth, today) do
    years = today.year - birth.year
    if {today.month, today.day} < {birth.month, birth.day}, do: years - 1, else: years
  end
end

defmodule Main do
  def run do
    IO.inspect(Billing.schedule(~D[2024-01-31], 5))
    IO.inspect(Billing.business_days(~D[2023-12-20], ~D[2024-01-05]), label: "business days")
    IO.inspect(Billing.age(~D[1990-02-28], ~D[2024-02-27]), label: "age")

    d = ~D[2024-02-28]
    IO.inspect({Date.add(d, 1), Date.add(d, 2), Date.leap_year?(d), Date.days_in_month(d)})
    IO.inspect(Date.diff(~D[2025-01-01], ~D[2024-01-01]), label: "days 2024")
    IO.inspect({Date.day_of_year(~D[2024-12-31]), Date.quarter_of_year(~D[2024-08-15]), Date.beginning_of_week(~D[2024-08-15]), Date.end_of_month(~D[2024-02-10])})
    IO.inspect(Date.compare(~D[2024-01-01], ~D[2023-12-31]))
    IO.inspect(Enum.sort([~D[2024-03-01], ~D[2023-01-01], ~D[2024-01-15]], Date))
    IO.inspect(Date.range(~D[2024-01-01], ~D[2024-01-10], 3) |> Enum.to_list())
    IO.inspect(Date.from_iso8601("2024-13-01"))
    IO.inspect(Date.from_iso8601("2024-02-30"))
    IO.inspect(Date.to_erl(~D[2024-05-06]))
    IO.inspect(Date.from_erl!({2000, 1, 1}) |> Date.day_of_week(:sunday))

    dt = ~N[2024-03-10 01:59:30]
    IO.inspect(NaiveDateTime.add(dt, 45), label: "+45s")
    IO.inspect(NaiveDateTime.add(dt, -2, :day))
    IO.inspect(NaiveDateTime.add(dt, 1500, :millisecond))
    IO.inspect(NaiveDateTime.diff(~N[2024-03-11 00:00:00], dt), label: "diff s")
    IO.inspect(NaiveDateTime.diff(~N[2024-03-11 00:00:00], dt, :hour), label: "diff h")
    IO.inspect(NaiveDateTime.truncate(~N[2024-01-01 10:00:00.123456], :millisecond))
    IO.inspect(NaiveDateTime.to_date(dt))
    IO.inspect(NaiveDateTime.new!(~D[2024-01-01], ~T[23:59:59]))

    utc = ~U[2024-06-30 23:59:59.500Z]
    IO.inspect(DateTime.add(utc, 1, :second))
    IO.inspect(DateTime.to_unix(utc), label: "unix")
    IO.inspect(DateTime.to_unix(utc, :millisecond), label: "unix ms")
    IO.inspect(DateTime.from_unix!(1_700_000_000))
    IO.inspect(DateTime.from_unix(-1, :second))
    IO.inspect(DateTime.from_iso8601("2024-06-30T20:00:00+02:30"))
    IO.inspect(DateTime.to_iso8601(utc))
    IO.inspect(DateTime.to_naive(utc))
    IO.inspect(DateTime.truncate(utc, :second))
    IO.puts(Calendar.strftime(utc, "%A %d %B %Y, %I:%M %p (%j) %a %b %y %H:%M:%S.%f %%"))
    IO.puts(Calendar.strftime(~D[2024-01-05], "%-d/%-m/%Y"))

    t = ~T[23:30:00]
    IO.inspect(Time.add(t, 3600), label: "wrap")
    IO.inspect(Time.diff(~T[10:00:00], ~T[08:30:15]), label: "time diff")
    IO.inspect(Time.compare(~T[10:00:00], ~T[10:00:00.000]))
    IO.inspect(Time.from_seconds_after_midnight(3661))
    IO.inspect(Time.to_seconds_after_midnight(~T[01:01:01.5]))
    IO.inspect(Time.new(25, 0, 0))

    durations = [125, 3600, 86399, 90061]
    for s <- durations do
      {h, rest} = {div(s, 3600), rem(s, 3600)}
      :io.format("~6B s = ~2..0B:~2..0B:~2..0B~n", [s, h, div(rest, 60), rem(rest, 60)])
    end

    IO.inspect(:calendar.day_of_the_week({2024, 2, 29}))
    IO.inspect(:calendar.gregorian_days_to_date(739_000))
    IO.inspect(:calendar.seconds_to_daystime(100_000))
    IO.inspect(:calendar.valid_date(2023, 2, 29))
    IO.inspect(:calendar.datetime_to_gregorian_seconds({{2024, 1, 1}, {0, 0, 0}}))
    IO.inspect(:calendar.iso_week_number({2024, 12, 30}))
  end
end

Main.run()
