# A small scheduling program: recurring meetings, working days and durations
defmodule Schedule do
  def working_days(from, to) do
    Date.range(from, to) |> Enum.reject(&(Date.day_of_week(&1) in [6, 7]))
  end

  def nth_weekday(year, month, weekday, n) do
    first = Date.new!(year, month, 1)
    offset = rem(weekday - Date.day_of_week(first) + 7, 7)
    Date.add(first, offset + 7 * (n - 1))
  end

  def occurrences(%NaiveDateTime{} = start, every_minutes, count) do
    for i <- 0..(count - 1), do: NaiveDateTime.add(start, i * every_minutes * 60)
  end

  def human_duration(seconds) do
    {h, rest} = {div(seconds, 3600), rem(seconds, 3600)}
    {m, s} = {div(rest, 60), rem(rest, 60)}
    "#{h}h #{m}m #{s}s"
  end
end

IO.inspect(length(Schedule.working_days(~D[2024-01-01], ~D[2024-12-31])))
IO.inspect(Schedule.nth_weekday(2024, 11, 4, 4))
for month <- 1..12 do
  IO.puts("#{month}: #{Schedule.nth_weekday(2024, month, 1, 1)}")
end
Schedule.occurrences(~N[2024-03-10 23:15:00], 45, 4) |> Enum.each(&IO.puts/1)
start = ~U[2024-03-10 08:00:00Z]
finish = ~U[2024-03-11 10:30:15Z]
IO.puts(Schedule.human_duration(DateTime.diff(finish, start)))
deadlines = %{"report" => ~D[2024-04-15], "taxes" => ~D[2024-04-30], "party" => ~D[2024-03-31]}
today = ~D[2024-04-01]
deadlines
|> Enum.sort_by(fn {_, d} -> d end, Date)
|> Enum.each(fn {name, d} ->
  days = Date.diff(d, today)
  status = cond do
    days < 0 -> "overdue by #{-days} days"
    days == 0 -> "today"
    true -> "in #{days} days"
  end
  IO.puts(String.pad_trailing(name, 8) <> Date.to_iso8601(d) <> " " <> status)
end)
log = ["2024-03-10T08:00:01Z GET /", "2024-03-10T08:00:03.250Z GET /about", "2024-03-10T07:59:59+00:00 boot"]
entries =
  for line <- log do
    [stamp, rest] = String.split(line, " ", parts: 2)
    {:ok, dt, _} = DateTime.from_iso8601(stamp)
    {dt, rest}
  end
entries |> Enum.sort_by(&elem(&1, 0), DateTime) |> Enum.each(fn {dt, what} -> IO.puts("#{DateTime.to_iso8601(dt)} #{what}") end)
