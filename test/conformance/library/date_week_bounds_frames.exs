# Date.beginning_of_week/2 and end_of_week/2 count an ISO date's weekday from its ISO days (a bad
# starting day fails in Calendar.ISO.iso_days_to_day_of_week/2 under the week function itself),
# another calendar's through calendar.day_of_week/4; Date.utc_today/1 with a calendar that is not
# Calendar.ISO goes through DateTime.utc_now/1 and DateTime.convert/2 as in Elixir 1.14
for d <- [~D[2020-01-01], ~D[2020-01-05], ~D[2020-01-06], ~D[2019-12-31], ~D[-0001-03-01]],
    start <- [:default, :monday, :sunday, :saturday, :wednesday] do
  IO.puts("#{d} #{start}: #{Date.beginning_of_week(d, start)} .. #{Date.end_of_week(d, start)}")
end

IO.inspect(Date.utc_today() == Date.utc_today(Calendar.ISO))

bad = [
  {"end_of_week(d, :foo)", fn -> Date.end_of_week(~D[2020-01-01], :foo) end},
  {"beginning_of_week(d, :foo)", fn -> Date.beginning_of_week(~D[2020-01-01], :foo) end},
  {"beginning_of_week(1)", fn -> Date.beginning_of_week(1) end},
  {"end_of_week(%{calendar: Calendar.ISO, year: 1})", fn -> Date.end_of_week(%{calendar: Calendar.ISO, year: 1}) end},
  {"beginning_of_week(%{calendar: NoCal, year: 1})", fn -> Date.beginning_of_week(%{calendar: NoCal, year: 1}) end},
  {"end_of_week(other calendar)", fn -> Date.end_of_week(%{calendar: NoCal, year: 1, month: 2, day: 3}) end},
  {"utc_today(1)", fn -> Date.utc_today(1) end},
  {"utc_today(:foo)", fn -> Date.utc_today(:foo) end}
]

for {label, f} <- bad do
  try do
    IO.inspect(f.(), label: label)
  rescue
    e ->
      IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e) |> String.split("\n") |> hd}")
      for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != :elixir_compiler_0)), do: IO.inspect(entry)
  end
end
