defmodule Shift do
  defstruct [:worker, :starts, :ends]

  def duration(%Shift{starts: s, ends: e}) do
    secs = NaiveDateTime.diff(e, s)
    {div(secs, 3600), rem(div(secs, 60), 60)}
  end

  def overlaps?(%Shift{} = a, %Shift{} = b) do
    NaiveDateTime.compare(a.starts, b.ends) == :lt and NaiveDateTime.compare(b.starts, a.ends) == :lt
  end
end

defmodule Main do
  def run do
    shifts = [
      %Shift{worker: "ann", starts: ~N[2024-05-01 08:00:00], ends: ~N[2024-05-01 16:30:00]},
      %Shift{worker: "bob", starts: ~N[2024-05-01 16:00:00], ends: ~N[2024-05-02 00:15:00]},
      %Shift{worker: "cy", starts: ~N[2024-05-02 00:15:00], ends: ~N[2024-05-02 08:00:00]}
    ]

    for s <- shifts do
      {h, m} = Shift.duration(s)
      IO.puts("#{String.pad_trailing(s.worker, 5)} #{h}h#{String.pad_leading(Integer.to_string(m), 2, "0")}m")
    end

    for [a, b] <- Enum.chunk_every(shifts, 2, 1, :discard) do
      IO.puts("#{a.worker}/#{b.worker} overlap? #{Shift.overlaps?(a, b)}")
    end

    t = ~T[09:30:15.250]
    IO.inspect(t)
    IO.inspect(Time.add(t, 3600 * 15))
    IO.inspect(Time.add(t, 500, :millisecond))
    IO.inspect(Time.diff(~T[18:00:00], t))
    IO.inspect(Time.diff(~T[18:00:00], t, :millisecond))
    IO.inspect(Time.truncate(t, :second))
    IO.inspect(Time.to_iso8601(t))
    IO.inspect(Time.from_iso8601("25:00:00"))
    IO.inspect(Time.new(23, 59, 59, {999, 3}))
    IO.inspect(Time.to_erl(t))
    IO.inspect(Time.to_seconds_after_midnight(t))
    IO.inspect(Time.from_seconds_after_midnight(45296))
    IO.inspect(Time.compare(~T[10:00:00], ~T[10:00:00.000]))

    n = ~N[2024-02-28 23:59:59]
    IO.inspect(NaiveDateTime.add(n, 1, :day))
    IO.inspect(NaiveDateTime.add(n, 2))
    IO.inspect(NaiveDateTime.to_date(n))
    IO.inspect(NaiveDateTime.to_time(n))
    IO.inspect(NaiveDateTime.new(~D[2024-01-01], ~T[12:00:00]))
    IO.inspect(NaiveDateTime.from_iso8601("2024-01-01T10:20:30.123Z"))
    IO.inspect(NaiveDateTime.from_iso8601("2024-01-01 10:20:30"))
    IO.inspect(NaiveDateTime.to_iso8601(~N[2024-01-01 10:20:30.001]))
    IO.inspect(NaiveDateTime.to_string(~N[2024-01-01 10:20:30.001]))
    IO.inspect(NaiveDateTime.truncate(~N[2024-01-01 10:20:30.123456], :millisecond))
    IO.inspect(NaiveDateTime.to_erl(n))
    IO.inspect(NaiveDateTime.from_erl!({{2000, 1, 1}, {0, 0, 0}}))
    IO.inspect(NaiveDateTime.to_gregorian_seconds(n))

    d = ~U[2024-03-10 12:00:00Z]
    IO.inspect(d)
    IO.inspect(DateTime.add(d, -86400))
    IO.inspect(DateTime.to_unix(d))
    IO.inspect(DateTime.from_unix!(1_700_000_000))
    IO.inspect(DateTime.from_unix(1_700_000_000_123, :millisecond))
    IO.inspect(DateTime.to_iso8601(d))
    IO.inspect(DateTime.to_string(d))
    IO.inspect(DateTime.from_iso8601("2024-03-10T14:00:00+02:00"))
    IO.inspect(DateTime.from_iso8601("2024-03-10T14:00:00"))
    IO.inspect(DateTime.from_naive(~N[2024-03-10 12:00:00], "Etc/UTC"))
    IO.inspect(DateTime.from_naive(~N[2024-03-10 12:00:00], "Europe/Paris"))
    IO.inspect(DateTime.diff(~U[2024-03-11 00:00:00Z], d, :hour))
    IO.inspect(DateTime.to_naive(d))
    IO.inspect(DateTime.to_date(d))
    IO.inspect(DateTime.truncate(~U[2024-03-10 12:00:00.999999Z], :second))
    IO.inspect(DateTime.compare(d, ~U[2024-03-10 12:00:00.000Z]))
    IO.inspect(Map.from_struct(d) |> Map.keys() |> Enum.sort())
    IO.puts(inspect(d, structs: false) |> String.length() > 10)
    IO.inspect(DateTime.utc_now().time_zone)
    IO.inspect(Calendar.ISO.leap_year?(1900))
    IO.inspect(Calendar.ISO.days_in_month(2023, 2))
    IO.inspect(:calendar.day_of_the_week({2024, 3, 10}))
    IO.inspect(:calendar.gregorian_days_to_date(739_000))
    IO.inspect(:calendar.date_to_gregorian_days({2024, 3, 10}))
    IO.inspect(:calendar.is_leap_year(2000))
    IO.inspect(:calendar.last_day_of_the_month(2023, 2))
    IO.inspect(:calendar.valid_date(2023, 2, 29))
    IO.inspect(:calendar.seconds_to_daystime(100_000))

  end
end

Main.run()
